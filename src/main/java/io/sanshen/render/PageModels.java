package io.sanshen.render;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.config.SiteInfo;
import io.sanshen.content.AttachmentRef;
import io.sanshen.content.FrontMatter;
import io.sanshen.content.Item;
import io.sanshen.content.RepoPaths;
import io.sanshen.content.SiteLinks;
import io.sanshen.content.SourceFile;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the maps templates see. Every href is a percent-encoded site path; templates prefix it with {@code root}.
 */
final class PageModels {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SiteConfig config;
    private final Map<String, Object> site;
    private final Map<String, String> labels;
    private final Map<String, Object> labelModel;
    private final Map<String, String> blobs;
    /**
     * Where each item's card and row is made once per build however many lists, feeds and terms show it, and kept
     * for the next build of a preview server while the item is the same.
     */
    private final PageReuse parts;

    /**
     * {@code blobs}: the blob id of every item file, by path; a card or row of an item with one is keyed by it
     * ({@link SourcedModel}), one without has its card made each time.
     */
    PageModels(SiteConfig config, PageReuse parts, Map<String, String> blobs) {
        this.parts = parts;
        this.config = config;
        this.blobs = blobs;
        this.labels = Labels.of(config.site().language());
        // both follow from the config and the program alone, which every page key holds already
        this.site = SourcedModel.of("site", () -> siteModel(config));
        this.labelModel = SourcedModel.of("labels", () -> new LinkedHashMap<>(labels));
    }

    /** The model shared by every page, plus the page's own root prefix and path. */
    Map<String, Object> page(String sitePath, String title, String activeColumn) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", site);
        m.put("l", labelModel);
        m.put("root", SitePaths.rootOf(sitePath));
        m.put("path", sitePath);
        m.put("title", title);
        m.put("nav", nav(activeColumn));
        m.put("preview", false);
        m.put("pageMeta", Map.of());
        return m;
    }

    String label(String key) {
        return labels.get(key);
    }

    /**
     * Just enough of an item for lists, feeds and the search index; made when a template reads it, and keyed by the
     * item's path, address and blob id (its front matter and column follow from those and the config).
     */
    Map<String, Object> card(Item item) {
        String blob = blobs.get(item.path());
        String source = source("card", item);
        // one card per item for all its lists (column, home, tags, topic, feeds): they only read it
        return parts.part("card", item.path(), blob, item.url(), () -> SourcedModel.of(source, () -> cardValues(item)));
    }

    /** What decides {@code kind}'s model of {@code item} besides the build's inputs; null when its bytes are unknown. */
    private String source(String kind, Item item) {
        String blob = blobs.get(item.path());
        return blob == null ? null : kind + '\n' + item.path() + '\n' + item.url() + '\n' + blob;
    }

    private Map<String, Object> cardValues(Item item) {
        FrontMatter fm = item.meta();
        Map<String, Object> m = new HashMap<>();
        m.put("title", fm.title());
        m.put("href", SitePaths.href(item.url()));
        m.put("date", fm.date() == null ? "" : DAY.format(fm.date()));
        m.put("dateTime", fm.date() == null ? "" : (fm.dateHasTime() ? MINUTE : DAY).format(fm.date()));
        m.put("isoDate", fm.date() == null ? "" : fm.date().toLocalDate().toString());
        m.put("column", item.column().title());
        m.put("columnHref", SitePaths.href(item.column().path() + "/index.html"));
        m.put("summary", fm.summary());
        m.put("important", fm.important());
        m.put("docNo", fm.docNo());
        m.put("absoluteUrl", config.site().baseUrl() + SitePaths.href(item.url()));
        return m;
    }

    /** A row of the 信息公开 table: the card with 索引号, 发布机构, 主题分类, 体裁 and the year the filters use. */
    Map<String, Object> row(Item item) {
        String source = source("row", item);
        return parts.part("row", item.path(), blobs.get(item.path()), item.url(),
                () -> SourcedModel.of(source, () -> rowValues(item)));
    }

    private Map<String, Object> rowValues(Item item) {
        FrontMatter fm = item.meta();
        Map<String, Object> m = cardValues(item);
        m.put("indexNo", fm.indexNo());
        m.put("publisher", publisher(item));
        m.put("topic", fm.topic());
        m.put("genre", fm.genre());
        m.put("year", fm.date() == null ? "" : String.valueOf(fm.date().getYear()));
        return m;
    }

    /** 发布机构: the item's own, else the unit that owns its column. */
    String publisher(Item item) {
        return item.meta().publisher().isEmpty() ? unitName(item.column()) : item.meta().publisher();
    }

    /** Everything an item page shows. */
    Map<String, Object> item(Item item, String bodyHtml) {
        FrontMatter fm = item.meta();
        Map<String, Object> m = cardValues(item);
        m.put("html", bodyHtml);
        m.put("indexNo", fm.indexNo());
        m.put("publisher", publisher(item));
        m.put("source", fm.source());
        m.put("created", fm.created() == null ? "" : DAY.format(fm.created()));
        m.put("topic", fm.topic());
        m.put("topicHref", fm.topic().isEmpty() ? "" : SitePaths.href("topics/" + SitePaths.termFile(fm.topic()) + ".html"));
        m.put("genre", fm.genre());
        m.put("category", fm.category());
        m.put("disclosure", fm.disclosure().label());
        m.put("author", fm.author());
        m.put("hasMeta", !fm.indexNo().isEmpty() || !fm.docNo().isEmpty());
        m.put("tags", fm.tags().stream().map(t -> Map.of("name", t,
                "href", SitePaths.href("tags/" + SitePaths.termFile(t) + ".html"))).toList());
        m.put("attachments", attachments(item));
        fm.reprinted().ifPresent(r -> m.put("reprint", Map.of("site", r.site(), "url", r.url(),
                "date", r.date() == null ? "" : DAY.format(r.date()))));
        m.put("breadcrumb", breadcrumb(item.column()));
        m.put("pageMeta", PageMeta.item(item.column(), fm, (String) m.get("dateTime"), (String) m.get("absoluteUrl")));
        return m;
    }

    private List<Map<String, Object>> attachments(Item item) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AttachmentRef a : item.meta().attachments()) {
            RepoPaths.resolveLink(item.path(), a.file()).ifPresent(repoPath -> {
                long size = item.resource(repoPath).map(SourceFile::size).orElse(-1L);
                Map<String, Object> am = new HashMap<>();
                am.put("title", a.title());
                am.put("href", SitePaths.href(SiteLinks.publishedPath(repoPath)));
                am.put("ext", a.file().contains(".") ? a.file().substring(a.file().lastIndexOf('.') + 1).toUpperCase() : "");
                am.put("size", size < 0 ? "" : humanSize(size));
                out.add(am);
            });
        }
        return out;
    }

    List<Map<String, Object>> breadcrumb(Column column) {
        List<Map<String, Object>> trail = new ArrayList<>();
        for (Column c = column; c != null; c = c.parent().flatMap(config::column).orElse(null)) {
            trail.add(0, Map.of("title", c.title(), "href", SitePaths.href(c.path() + "/index.html")));
        }
        return trail;
    }

    private List<Map<String, Object>> nav(String active) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : config.navigation()) {
            config.column(id).ifPresent(c -> out.add(Map.of("title", c.title(),
                    "href", SitePaths.href(c.path() + "/index.html"), "active", c.id().equals(active)
                            || c.id().equals(activeParent(active)))));
        }
        return out;
    }

    private String activeParent(String active) {
        return active == null ? "" : config.column(active).flatMap(Column::parent).orElse("");
    }

    String unitName(Column c) {
        return config.unit(c.unitId()).map(io.sanshen.config.Unit::name).orElse("");
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static Map<String, Object> siteModel(SiteConfig config) {
        SiteInfo s = config.site();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("titleEn", s.titleEn());
        m.put("baseUrl", s.baseUrl());
        m.put("domain", s.domain());
        m.put("language", s.language());
        m.put("siteCode", s.siteCode());
        m.put("icp", s.icp());
        m.put("policeRecord", s.policeRecord());
        m.put("policeRecordCode", s.policeRecordCode());
        m.put("sponsor", s.sponsor());
        m.put("phone", s.contact().phone());
        m.put("email", s.contact().email());
        m.put("address", s.contact().address());
        m.put("postcode", s.contact().postcode());
        m.put("errorReportUrl", s.errorReportUrl());
        return Map.copyOf(m);
    }
}
