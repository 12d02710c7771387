package io.sanshen.render;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Column list pages with pagination, the home page, and tag and topic pages. */
final class ListPages {
    private final SiteContent content;
    private final SiteConfig config;
    private final PageModels models;
    private final SiteRenderer.Pages page;

    ListPages(SiteContent content, PageModels models, SiteRenderer.Pages page) {
        this.content = content;
        this.config = content.config();
        this.models = models;
        this.page = page;
    }

    /** Writes every column's list pages; returns the rows of the 信息公开 table columns, by column path. */
    Map<String, List<Map<String, Object>>> columns() {
        DisclosureTable tables = new DisclosureTable(content, models);
        Map<String, List<Map<String, Object>>> tableRows = new java.util.concurrent.ConcurrentHashMap<>();
        config.columns().parallelStream().forEach(column -> {
            boolean table = column.listsAsTable();
            List<Map<String, Object>> cards = table ? tables.rows(column)
                    : SiteRenderer.itemsOf(content, column).stream().map(models::card).toList();
            if (table) {
                tableRows.put(column.path(), cards);
            }
            // once per column: every page of a 信息公开 table offers the same choices (per page it was quadratic)
            Map<String, Object> filters = table ? tables.filters(cards) : Map.of();
            Paginator pager = new Paginator(column.path(), "index", config.site().itemsPerPage());
            IntStream.rangeClosed(1, pager.pageCount(cards.size())).parallel().forEach(p -> {
                String path = pager.pagePath(p);
                Map<String, Object> m = models.page(path, column.title(), column.id());
                m.put("heading", column.title());
                m.put("description", content.intro(column.path()).map(SiteContent.Intro::body).orElse(column.description()));
                m.put("items", pager.slice(cards, p));
                m.put("pager", pager.model(p, cards.size()));
                m.put("breadcrumb", models.breadcrumb(column));
                m.put("children", config.children(column.id()).stream().map(c -> Map.of("title", c.title(),
                        "href", SitePaths.href(c.path() + "/index.html"))).toList());
                m.put("feed", SitePaths.href(column.path() + "/rss.xml"));
                m.put("pageMeta", PageMeta.column(column));
                if (table) {
                    m.put("filters", filters);
                    m.put("rowsScript", SitePaths.href(column.path() + "/" + DisclosureTable.ROWS_FILE));
                }
                page.write("list.ftlh", path, m);
            });
        });
        return tableRows;
    }

    void home() {
        Map<String, Object> m = models.page("index.html", config.site().title(), null);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (String id : config.navigation()) {
            config.column(id).ifPresent(c -> {
                List<Map<String, Object>> latest = SiteRenderer.itemsOf(content, c).stream().limit(8).map(models::card).toList();
                blocks.add(Map.of("title", c.title(), "href", SitePaths.href(c.path() + "/index.html"), "items", latest));
            });
        }
        m.put("blocks", blocks);
        m.put("pageMeta", PageMeta.home(config.site().title()));
        m.put("latest", content.items().stream().limit(10).map(models::card).toList());
        m.put("intro", content.intro("").map(SiteContent.Intro::body).orElse(""));
        m.put("importantItems", content.items().stream().filter(i -> i.meta().important()).limit(5).map(models::card).toList());
        page.write("home.ftlh", "index.html", m);
    }

    /** 网站地图: every column, sub-columns nested under their parent, in the order site-config.yml lists them. */
    void siteMap() {
        Map<String, Object> m = models.page("sitemap.html", models.label("siteMap"), null);
        m.put("tree", tree(null));
        page.write("sitemap.ftlh", "sitemap.html", m);
    }

    private List<Map<String, Object>> tree(String parentId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Column c : config.columns()) {
            if (java.util.Objects.equals(c.parentId(), parentId)) {
                out.add(Map.of("title", c.title(), "href", SitePaths.href(c.path() + "/index.html"), "children", tree(c.id())));
            }
        }
        return out;
    }

    void taxonomies() {
        taxonomy("tags", models.label("tags"), item -> item.meta().tags());
        taxonomy("topics", models.label("topics"),
                item -> item.meta().topic().isEmpty() ? List.of() : List.of(item.meta().topic()));
    }

    private void taxonomy(String dir, String heading, Function<Item, List<String>> termsOf) {
        Map<String, List<Item>> byTerm = new TreeMap<>();
        for (Item item : content.items()) {
            for (String t : termsOf.apply(item)) {
                byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(item);
            }
        }
        List<Map<String, Object>> terms = new ArrayList<>();
        byTerm.forEach((term, items) -> terms.add(Map.of("name", term, "count", items.size(),
                "href", SitePaths.href(dir + "/" + SitePaths.termFile(term) + ".html"))));
        // a popular term can have thousands of pages: they render in parallel; terms go in order, so that two
        // terms with the same file name (a b, a-b) still give the same output on every build
        byTerm.entrySet().forEach(e -> {
            String term = e.getKey();
            String file = SitePaths.termFile(term);
            Paginator pager = new Paginator(dir, file, config.site().itemsPerPage());
            List<Map<String, Object>> cards = e.getValue().stream().map(models::card).toList();
            IntStream.rangeClosed(1, pager.pageCount(cards.size())).parallel().forEach(p -> {
                String path = pager.pagePath(p);
                Map<String, Object> m = models.page(path, heading + "：" + term, null);
                m.put("heading", heading + "：" + term);
                m.put("description", "");
                m.put("items", pager.slice(cards, p));
                m.put("pager", pager.model(p, cards.size()));
                m.put("breadcrumb", List.of(Map.of("title", heading, "href", SitePaths.href(dir + "/index.html"))));
                m.put("children", List.of());
                m.put("feed", "");
                page.write("list.ftlh", path, m);
            });
        });
        Map<String, Object> index = models.page(dir + "/index.html", heading, null);
        index.put("heading", heading);
        index.put("terms", terms);
        page.write("terms.ftlh", dir + "/index.html", new HashMap<>(index));
    }
}
