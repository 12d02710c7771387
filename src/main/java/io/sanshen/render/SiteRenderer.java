package io.sanshen.render;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SiteLinks;
import io.sanshen.content.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders a whole portal into an {@link OutputTree}, in named steps: assets, resources, items, lists, home,
 * taxonomies, feeds and sitemap, search, 404. Item pages render in parallel; output is byte-identical for the same
 * input (no build timestamps, every list sorted).
 */
public final class SiteRenderer {
    private final Path templateDir;
    private final Templates templates;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public SiteRenderer(Path templateDir) throws IOException {
        this.templateDir = templateDir;
        this.templates = new Templates(templateDir);
    }

    /**
     * @param content the items and files to publish
     * @param links   the run's link resolution, the one the link check judged with, so that the links written are
     *                exactly those the check accepted
     */
    public RenderStats render(SiteContent content, SiteLinks links, RenderOptions options, OutputTree out)
            throws IOException {
        SiteConfig config = content.config();
        PageModels models = new PageModels(config, options.reuse() == null ? PageReuse.none("", Path.of(""))
                : options.reuse(), options.itemBlobs());
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger files = new AtomicInteger();
        Pages page = (template, sitePath, model) -> {
            model.put("liveReload", options.liveReload());
            PageReuse.writeModel(options.reuse(), out, template, sitePath, model,
                    () -> page(template, sitePath, model, options, out));
            pages.incrementAndGet();
        };
        copyAssets(out, options.reuse(), files);
        copyResources(content, out, options.reuse(), files);
        renderItems(content, options, models, links, out, pages);
        ListPages lists = new ListPages(content, models, page);
        Map<String, List<Map<String, Object>>> tableRows = lists.columns();
        lists.home();
        lists.taxonomies();
        if (Files.isRegularFile(templateDir.resolve("sitemap.ftlh"))) {
            lists.siteMap(); // a site's own template set from before the HTML 网站地图 has no template for it
        }
        new FeedWriter(content, models, templates, out, options.reuse()).write();
        files.addAndGet(new SearchIndexWriter(content, models).write(out, options));
        files.addAndGet(DisclosureTable.write(out, options.reuse(), tableRows));
        page.write("search.ftlh", "search.html", models.page("search.html", models.label("search"), null));
        // A 404 page is served at any depth, so its links start from the site's absolute base path.
        Map<String, Object> notFound = models.page("404.html", models.label("notFound"), null);
        notFound.put("root", java.net.URI.create(config.site().baseUrl()).getPath());
        page.write("404.ftlh", "404.html", notFound);
        return new RenderStats(pages.get(), files.get() + pages.get());
    }

    /** Renders one template to one page. */
    @FunctionalInterface
    interface Pages {
        void write(String template, String sitePath, Map<String, Object> model);
    }

    private void renderItems(SiteContent content, RenderOptions options, PageModels models, SiteLinks links,
                             OutputTree out, AtomicInteger pages) {
        PageReuse reuse = options.reuse();
        PageKeys keys = reuse == null ? null : new PageKeys(reuse.inputs(), content);
        content.items().parallelStream().forEach(item -> {
            boolean watermarked = options.watermarked().contains(item.path());
            Supplier<byte[]> render = () -> {
                String html = markdown.render(item.body(), item.path(), item.url(), links);
                Map<String, Object> model = models.page(item.url(), item.title(), item.column().id());
                model.put("item", models.item(item, html));
                model.put("preview", watermarked);
                return page("item.ftlh", item.url(), model, options, out);
            };
            byte[] key = keys == null ? null : keys.item(item, options.itemBlobs().get(item.path()), watermarked);
            PageReuse.write(reuse, out, item.url(), key, render);
            pages.incrementAndGet();
        });
    }

    /** One page's bytes: the template applied, HTML pages marked with the build mode. */
    private byte[] page(String template, String sitePath, Map<String, Object> model, RenderOptions options,
                        OutputTree out) {
        model.put("liveReload", options.liveReload());
        String html = templates.render(template, model);
        return (sitePath.endsWith(".html") ? out.mode().mark(html) : html).getBytes(StandardCharsets.UTF_8);
    }

    /** Copies attachments and static files; one whose bytes are known unchanged (its blob id) is linked instead. */
    private static void copyResources(SiteContent content, OutputTree out, PageReuse reuse, AtomicInteger files) {
        List<SourceFile> all = new ArrayList<>(content.staticFiles());
        content.items().forEach(i -> all.addAll(i.resources()));
        all.parallelStream().forEach(f -> {
            String sitePath = SiteLinks.publishedPath(f.path());
            if (f.blob() == null) {
                PageReuse.write(reuse, out, sitePath, null, f::bytes);
            } else {
                PageReuse.writeModel(reuse, out, "file", sitePath, Map.of("blob", f.blob()), f::bytes);
            }
            files.incrementAndGet();
        });
    }

    /** Copies templates/assets; the build's inputs hold every template file's bytes, so the last output's copy is linked. */
    private void copyAssets(OutputTree out, PageReuse reuse, AtomicInteger files) throws IOException {
        Path assets = templateDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            // never through a link (the build refuses them before rendering; this keeps the renderer safe alone)
            for (Path p : walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                PageReuse.writeModel(reuse, out, "asset", "assets/" + assets.relativize(p).toString().replace('\\', '/'),
                        Map.of(), () -> {
                            try {
                                return Files.readAllBytes(p);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                files.incrementAndGet();
            }
        }
    }

    static List<Column> columnAndDescendants(SiteConfig config, Column root) {
        List<Column> out = new ArrayList<>();
        out.add(root);
        for (Column child : config.children(root.id())) {
            out.addAll(columnAndDescendants(config, child));
        }
        return out;
    }

    static List<Item> itemsOf(SiteContent content, Column column) {
        List<String> ids = columnAndDescendants(content.config(), column).stream().map(Column::id).toList();
        return content.items().stream().filter(i -> ids.contains(i.column().id())).toList();
    }
}
