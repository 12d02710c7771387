package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name at the file system's limit: the source name fits in 255 bytes, but what the build writes for it
 * ({@code <slug>.html}) does not. The build must name the source file and say how to fix it, never fail with an
 * internal error (exit 3); the item stays offline and the rest of the site is published (exit 0, like an item a
 * check blocks).
 */
class LongFileNameTest {
    /** 84 Chinese characters: 252 bytes of UTF-8; with ".md" 255 bytes, with ".html" 257. */
    static final String SLUG = "关".repeat(84);
    static final String ITEM = "content/news/" + SLUG + ".md";

    @TempDir
    Path site;

    private void write(String extra) throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/2026-05-01-ok.md --
                ---
                title: 正常稿件
                date: 2026-05-01
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                正文。
                """ + extra);
        Path from = Path.of("templates").toAbsolutePath();
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve("templates").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
    }

    private static String item(String title) {
        return "---\ntitle: " + title + "\ndate: 2026-05-02\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n正文。\n";
    }

    @Test
    void anItemWhosePageNameWouldBeTooLongIsReportedWithItsFileAndAFix() throws Exception {
        write("");
        Files.writeString(site.resolve(ITEM), item("超长文件名的稿件"), StandardCharsets.UTF_8);
        Cli build = Cli.run("build", "--site", site.toString(), "--out", site.resolve("public").toString(),
                "--no-review");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains(ITEM).contains("content.name-too-long").contains("255");
        assertThat(build.err()).doesNotContain("Exception");
        assertThat(build.out()).contains("未发布\t" + ITEM + "\t内容检查发现阻断问题：content.name-too-long")
                .contains("未发布 1 条");
        assertThat(site.resolve("public/news/2026-05-01-ok.html")).isRegularFile();

        Cli check = Cli.run("check", "--site", site.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out() + check.err()).contains(ITEM).contains("content.name-too-long");
    }

    @Test
    void aBundleFolderWhosePageNameWouldBeTooLongIsReportedToo() throws Exception {
        write("");
        String index = "content/news/" + SLUG + "/index.md";
        Files.createDirectories(site.resolve(index).getParent());
        Files.writeString(site.resolve(index), item("超长目录名的稿件"), StandardCharsets.UTF_8);
        Cli build = Cli.run("build", "--site", site.toString(), "--out", site.resolve("public").toString(),
                "--no-review");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains(index).contains("content.name-too-long");
        assertThat(build.out()).contains("未发布\t" + index + "\t内容检查发现阻断问题：content.name-too-long");
    }
}
