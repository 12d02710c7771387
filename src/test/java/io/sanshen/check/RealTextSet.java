package io.sanshen.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The labelled set of real government pages: each page's title from {@code src/test/resources/realtext/SOURCES}, the
 * real errors marked in {@code labels.tsv} beside it, and each page's text from a local copy ({@link RealTextCopies}). Writes each page as a news item of a
 * site so the check engine reads it as it reads an editor's item.
 */
final class RealTextSet {
    static final Path DIR = Path.of("src/test/resources/realtext");
    /** Lines of the front matter written before each page's text: text line n is item line n + this. */
    static final int FRONT_MATTER_LINES = 12;

    /** A marked error: {@code span} as it stands on {@code line} of {@code file}, and the rule expected to find it. */
    record Label(String file, int line, String span, String correct, String rule, String note, int column) {
        int endColumn() {
            return column + span.length();
        }
    }

    final Map<String, String> titles = new LinkedHashMap<>();
    final Map<String, List<String>> pages = new LinkedHashMap<>();
    final List<Label> labels = new ArrayList<>();

    /** The set with the page texts from {@code texts} (a local copy: see {@link RealTextCopies}). */
    static RealTextSet load(Path texts) throws IOException {
        RealTextSet set = new RealTextSet();
        for (String row : rows("SOURCES")) {
            String[] f = row.split("\t", -1);
            set.titles.put(f[0], f[2].replaceAll("^\\[|]$", ""));
            set.pages.put(f[0], Files.readAllLines(texts.resolve(f[0]), StandardCharsets.UTF_8));
        }
        for (String row : rows("labels.tsv")) {
            String[] f = row.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException("labels.tsv: 6 tab-separated fields expected: " + row);
            }
            set.labels.add(set.label(f));
        }
        return set;
    }

    /** A label with the column its span starts at; the span must stand on that line (labels stay reviewable). */
    private Label label(String[] f) {
        List<String> lines = pages.get(f[0]);
        if (lines == null) {
            throw new IllegalStateException("labels.tsv: no page " + f[0]);
        }
        int line = Integer.parseInt(f[1]);
        int at = line >= 1 && line <= lines.size() ? lines.get(line - 1).indexOf(f[2]) : -1;
        if (at < 0 || f[2].isEmpty()) {
            throw new IllegalStateException("labels.tsv: '" + f[2] + "' is not on " + f[0] + ":" + line);
        }
        return new Label(f[0], line, f[2], f[3], f[4], f[5], at + 1);
    }

    private static List<String> rows(String name) throws IOException {
        try (Stream<String> lines = Files.lines(DIR.resolve(name), StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** The demo portal (its site-config.yml and word lists) with every page as an item of its news column. */
    void writeSite(Path site) throws IOException {
        Files.copy(Path.of("site-config.yml"), site.resolve("site-config.yml"));
        try (Stream<Path> lists = Files.list(Path.of("rules"))) {
            Files.createDirectories(site.resolve("rules"));
            lists.forEach(p -> copy(p, site.resolve("rules").resolve(p.getFileName())));
        }
        Path news = Files.createDirectories(site.resolve("content/news"));
        int n = 0;
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            n++;
            String frontMatter = """
                    ---
                    title: "%s"
                    index-no: 11320199014170107R/2026-%05d
                    publisher: 区政府办公室
                    source: 区政府办公室
                    created: 2026-11-20
                    date: 2026-11-20
                    topic: 综合政务
                    genre: 工作动态
                    category: 政务动态
                    disclosure: 主动公开
                    ---
                    """.formatted(titles.get(page.getKey()).replace("\\", "\\\\").replace("\"", "\\\""), 90000 + n);
            Files.writeString(news.resolve(itemName(page.getKey())),
                    frontMatter + String.join("\n", page.getValue()) + "\n", StandardCharsets.UTF_8);
        }
    }

    static String itemName(String page) {
        return "2026-11-20-" + page.replace(".txt", ".md");
    }

    /** The page an item path belongs to ({@code content/news/2026-11-20-p07.md} → {@code p07.txt}), or null. */
    static String pageOf(String itemPath) {
        String name = itemPath.substring(itemPath.lastIndexOf('/') + 1);
        return name.startsWith("2026-11-20-") ? name.substring(11).replace(".md", ".txt") : null;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
