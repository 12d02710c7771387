package io.sanshen.render;

import io.sanshen.config.Column;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RSS 2.0 and Atom feeds per column and for the whole site, and sitemap.xml (split into files of 50,000 URLs with
 * a sitemap index when larger, as the sitemap protocol requires). Dates come from the content, never the clock.
 */
final class FeedWriter {
    static final int FEED_SIZE = 20;
    static final int SITEMAP_LIMIT = 50_000;

    private final SiteContent content;
    private final PageModels models;
    private final Templates templates;
    private final OutputTree out;
    private final PageReuse reuse;

    FeedWriter(SiteContent content, PageModels models, Templates templates, OutputTree out, PageReuse reuse) {
        this.content = content;
        this.models = models;
        this.templates = templates;
        this.out = out;
        this.reuse = reuse;
    }

    /** Renders {@code template} with {@code model} to {@code sitePath}, unless the last output has that very file. */
    private void write(String sitePath, String template, Map<String, Object> model) {
        PageReuse.writeModel(reuse, out, template, sitePath, model,
                () -> templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    void write() {
        feed("", content.config().site().title(), content.items());
        for (Column c : content.config().columns()) {
            feed(c.path() + "/", content.config().site().title() + " - " + c.title(), SiteRenderer.itemsOf(content, c));
        }
        sitemap();
    }

    private void feed(String dir, String title, List<Item> items) {
        List<Map<String, Object>> cards = items.stream().limit(FEED_SIZE).map(models::card).toList();
        Map<String, Object> m = models.page(dir + "rss.xml", title, null);
        m.put("items", cards);
        m.put("selfUrl", content.config().site().baseUrl() + SitePaths.href(dir + "rss.xml"));
        m.put("atomUrl", content.config().site().baseUrl() + SitePaths.href(dir + "atom.xml"));
        m.put("link", content.config().site().baseUrl() + SitePaths.href(dir.isEmpty() ? "" : dir + "index.html"));
        m.put("updated", cards.isEmpty() ? "1970-01-01" : cards.get(0).get("isoDate"));
        write(dir + "rss.xml", "feeds/rss.ftlx", m);
        write(dir + "atom.xml", "feeds/atom.ftlx", m);
    }

    private void sitemap() {
        List<Map<String, Object>> urls = new ArrayList<>();
        urls.add(Map.of("loc", "", "lastmod", ""));
        for (Column c : content.config().columns()) {
            urls.add(Map.of("loc", SitePaths.href(c.path() + "/index.html"), "lastmod", ""));
        }
        for (Item i : content.items()) {
            urls.add(Map.of("loc", SitePaths.href(i.url()),
                    "lastmod", i.meta().date() == null ? "" : i.meta().date().toLocalDate().toString()));
        }
        String base = content.config().site().baseUrl();
        if (urls.size() <= SITEMAP_LIMIT) {
            write("sitemap.xml", "feeds/sitemap.ftlx", Map.of("base", base, "urls", urls));
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < urls.size(); from += SITEMAP_LIMIT, n++) {
            String name = "sitemap-" + n + ".xml";
            parts.add(base + name);
            write(name, "feeds/sitemap.ftlx", Map.of("base", base,
                    "urls", urls.subList(from, Math.min(from + SITEMAP_LIMIT, urls.size()))));
        }
        write("sitemap.xml", "feeds/sitemap-index.ftlx", Map.of("parts", parts));
    }
}
