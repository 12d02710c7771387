package io.sanshen.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a whole site from one inline string in txtar form: lines {@code -- path --} start a file, the lines
 * after it are its content. Lets a test show the complete input next to its assertions.
 */
public final class SiteFiles {
    private SiteFiles() {
    }

    public static Path write(Path root, String txtar) throws IOException {
        String[] lines = txtar.split("\n", -1);
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                flush(root, current, body);
                current = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        flush(root, current, body);
        return root;
    }

    /** Copies this repository's {@code templates/} (with its assets) into {@code site}. */
    public static void copyTemplates(Path site) throws IOException {
        Path from = Path.of("templates").toAbsolutePath();
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve("templates").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
    }

    private static void flush(Path root, String path, StringBuilder body) throws IOException {
        if (path == null) {
            return;
        }
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, body.toString(), StandardCharsets.UTF_8);
    }

    /** The {@code site:} section of every test config: a complete, valid site identity. */
    public static final String SITE_SECTION = """
            site:
              title: 测试区人民政府
              base-url: https://www.test.gov.cn/
              site-code: "3201990099"
              icp: 苏ICP备00000000号
              police-record: 苏公网安备 32019900000000号
              police-record-code: "32019900000000"
              sponsor: 测试区人民政府办公室
              contact:
                phone: 025-00000000
                email: office@test.gov.cn
                address: 测试路1号
              error-report-url: https://zfwzzc.www.gov.cn/check_web/errorInfo_querySearch.action?term=3201990099
            """;

    /** A small valid config with two units, a parent column with a child, and three more columns. */
    public static final String CONFIG = "-- site-config.yml --\n" + SITE_SECTION + """
              items-per-page: 2
            units:
              - id: office
                name: 区政府办公室
                credit-code: "11320199014170123X"
              - id: hr
                name: 区人力资源和社会保障局
            columns:
              - id: news
                title: 政务要闻
                path: news
                unit: office
              - id: notices
                title: 通知公告
                path: notices
                unit: office
                kind: notice
              - id: xxgk
                title: 政府信息公开
                path: xxgk
                unit: office
                kind: disclosure
              - id: rsxx
                title: 人事信息
                path: xxgk/rsxx
                unit: hr
                kind: personnel
                parent: xxgk
            navigation: [news, notices, xxgk]
            vocabularies:
              topics: [综合政务, 劳动、人事、监察]
              categories: [政务动态, 人事信息]
              genres: [工作动态, 人事任免]
            """;
}
