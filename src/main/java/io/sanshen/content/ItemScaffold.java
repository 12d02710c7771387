package io.sanshen.content;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.config.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new item with complete front matter, filled from its column (unit, genre and category by column kind)
 * and today's date, with the next free 索引号 of the unit for the year. New items start as drafts.
 */
public final class ItemScaffold {
    private static final Map<String, String[]> BY_KIND = Map.of(
            "news", new String[] {"工作动态", "政务动态"}, "notice", new String[] {"通知", "政务动态"},
            "policy", new String[] {"通知", "政策文件"}, "interpretation", new String[] {"政策解读", "政策解读"},
            "personnel", new String[] {"人事任免", "人事信息"}, "regulation", new String[] {"规章制度", "规章制度"},
            "disclosure", new String[] {"通知", "政务动态"}, "page", new String[] {"工作动态", "政务动态"});

    private final SiteConfig config;
    private final Path siteRoot;

    public ItemScaffold(SiteConfig config, Path siteRoot) {
        this.config = config;
        this.siteRoot = siteRoot;
    }

    /** Creates the file and returns its repository path; refuses to overwrite. */
    public String create(Column column, String title, String slug, boolean bundle, LocalDate today) throws IOException {
        String name = slug != null ? slug : nextSlug(column, today);
        String repoPath = ContentLoader.ROOT + "/" + column.path() + "/" + name + (bundle ? "/index.md" : ".md");
        Path file = RepoPaths.resolveInside(siteRoot, repoPath);
        if (Files.exists(file) || Files.exists(RepoPaths.resolveInside(siteRoot, ContentLoader.ROOT + "/" + column.path() + "/" + name))) {
            throw new java.nio.file.FileAlreadyExistsException(repoPath);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, frontMatter(column, title, today), StandardCharsets.UTF_8);
        return repoPath;
    }

    String frontMatter(Column column, String title, LocalDate today) throws IOException {
        Unit unit = unitOf(column);
        String[] kind = BY_KIND.getOrDefault(column.kind(), BY_KIND.get("news"));
        String category = categoryFor(column);
        String topic = defaultTopic();
        return "---\n"
                + "title: " + quote(title) + "\n"
                + "index-no: " + indexNo(unit, today) + "\n"
                + "publisher: " + unit.name() + "\n"
                + "source: " + unit.name() + "\n"
                + "created: " + today + "\n"
                + "date: " + today + "\n"
                + "doc-no: \"\"            # 文号，如 示政发〔" + today.getYear() + "〕1号；非公文留空\n"
                + "topic: " + topic + "\n"
                + "genre: " + kind[0] + "\n"
                + "category: " + category + "\n"
                + "disclosure: 主动公开\n"
                + "important: false\n"
                + "draft: true            # 完成后删除此行，提交审核\n"
                + "---\n\n"
                + "正文从这里开始。\n";
    }

    /** The column's unit, or the site's sponsor without a credit code when the column names none. */
    public Unit unitOf(Column column) {
        return config.unit(column.unitId()).orElse(new Unit("", config.site().sponsor(), config.site().sponsor(), "", null));
    }

    /** The 组配分类 a column of this kind files its items under, when the site's vocabulary has it; else "". */
    public String categoryFor(Column column) {
        String[] kind = BY_KIND.getOrDefault(column.kind(), BY_KIND.get("news"));
        return config.vocabularies().categories().contains(kind[1]) ? kind[1] : "";
    }

    /** The 体裁 a new item of this column kind starts with. */
    public static String genreFor(Column column) {
        return BY_KIND.getOrDefault(column.kind(), BY_KIND.get("news"))[0];
    }

    /** The first 主题分类 of the site, or "". */
    public String defaultTopic() {
        return config.vocabularies().topics().isEmpty() ? "" : config.vocabularies().topics().get(0);
    }

    /** The next free 索引号 of the unit for today's year ({@code "\"\""} when the unit has no credit code). */
    public String indexNo(Unit unit, LocalDate today) throws IOException {
        return unit.creditCode().isEmpty() ? "\"\"" : unit.creditCode() + "/" + today.getYear() + "-"
                + String.format("%05d", nextIndexNumber(unit, today.getYear()));
    }

    /** A free file name in the column for an item dated {@code today}: {@code 2026-05-22-1}, {@code -2} … */
    public String nextSlug(Column column, LocalDate today) {
        Path dir = siteRoot.resolve(ContentLoader.ROOT).resolve(column.path());
        for (int n = 1; ; n++) {
            String candidate = today + "-" + n;
            if (!Files.exists(dir.resolve(candidate + ".md")) && !Files.exists(dir.resolve(candidate))) {
                return candidate;
            }
        }
    }

    /** One more than the highest 索引号 sequence of this unit and year found in content/. */
    private int nextIndexNumber(Unit unit, int year) throws IOException {
        Pattern p = Pattern.compile(Pattern.quote(unit.creditCode() + "/" + year + "-") + "(\\d{1,6})");
        int max = 0;
        Path content = siteRoot.resolve(ContentLoader.ROOT);
        if (!Files.isDirectory(content)) {
            return 1;
        }
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".md")).toList()) {
                Matcher m = p.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        }
        return max + 1;
    }

    /** A YAML double-quoted scalar. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
