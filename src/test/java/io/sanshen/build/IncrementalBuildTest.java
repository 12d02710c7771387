package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.render.OutputMarker;
import io.sanshen.testkit.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental vs full builds on random edits of a generated site: after every edit the output of a build that
 * reuses the pages of the build before must be byte for byte the output of a build from nothing.
 */
class IncrementalBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String[] COLUMNS = {"news", "notices"};
    /** 通知公告 as a 信息公开 table: its rows file and filters are keyed by its rows' items. */
    private static final String TABLE_CONFIG = SiteFiles.CONFIG.replace("    kind: notice\n", "    kind: notice\n    list: table\n");
    private static final String LINKS_WARN = "checks:\n  rules: {link.dead: warning, link.unpublished: warning}\n";

    @TempDir
    Path tmp;

    private Path site;
    private final List<String> items = new ArrayList<>();

    @Test
    void incrementalOutputIsTheFullOutputAfterRandomEdits() throws Exception {
        for (long seed : new long[] {2}) {
            site = Files.createDirectories(tmp.resolve("site" + seed));
            items.clear();
            Random random = new Random(seed);
            // items whose links lead nowhere are published (a warning), so their pages change with the pages they
            // link to
            SiteFiles.write(site, TABLE_CONFIG + LINKS_WARN);
            SiteBuildTest.copyTemplates(site);
            for (int i = 0; i < 10; i++) {
                add(random, i);
            }
            BuildCaches caches = BuildCaches.forRun();
            Path out = site.resolve("public");
            List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 0, 2, 3, 7, 7, 8, 9, 10, 11, 11));
            java.util.Collections.shuffle(kinds, random);
            for (int step = 0; step < kinds.size(); step++) {
                String edit = edit(random, kinds.get(step), step);
                // every other step through a new process's caches (the page record read back from disk)
                BuildReport incremental = new SiteBuild(options(out), step % 2 == 0 ? caches : BuildCaches.forRun()).run();
                Path full = tmp.resolve("full-" + seed + "-" + step);
                BuildReport fromNothing = new SiteBuild(options(full)).run();
                assertThat(incremental.findings()).as("findings, seed %d step %d after %s", seed, step, edit)
                        .isEqualTo(fromNothing.findings());
                assertThat(incremental.excluded()).isEqualTo(fromNothing.excluded());
                Map<String, String> expected = tree(full);
                assertThat(expected.keySet()).as("items are published").anyMatch(p -> p.matches(".*/[ibm]\\d+\\.html"));
                assertThat(tree(out)).as("seed %d step %d after %s", seed, step, edit).isEqualTo(expected);
            }
        }
    }

    /**
     * What {@code serve} does: previews into one folder with the server's caches, written in place (the folder
     * being served is never swapped); after every edit, and after a build that failed half-way through rendering,
     * it must hold what a preview from nothing holds.
     */
    @Test
    void aPreviewWrittenInPlaceIsTheFullPreviewAfterRandomEdits() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        Random random = new Random(3);
        SiteFiles.write(site, SiteFiles.CONFIG + LINKS_WARN);
        SiteBuildTest.copyTemplates(site);
        for (int i = 0; i < 10; i++) {
            add(random, i);
        }
        BuildCaches caches = BuildCaches.inMemory();
        Path out = site.resolve("preview");
        new SiteBuild(preview(out), caches).run();
        Object served = Files.getAttribute(out, "unix:ino");
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 0, 2, 3, 7, 7, 8, 9));
        java.util.Collections.shuffle(kinds, random);
        for (int step = 0; step < kinds.size(); step++) {
            String edit = kinds.get(step) == 9 ? brokenTemplate(caches, out) : edit(random, kinds.get(step), step);
            BuildReport incremental = new SiteBuild(preview(out), caches).run();
            Path full = tmp.resolve("full-" + step);
            BuildReport fromNothing = new SiteBuild(preview(full)).run();
            assertThat(incremental.findings()).as("findings, step %d after %s", step, edit)
                    .isEqualTo(fromNothing.findings());
            assertThat(incremental.excluded()).isEqualTo(fromNothing.excluded());
            assertThat(tree(out)).as("step %d after %s", step, edit).isEqualTo(tree(full));
            if (kinds.get(step) == 9) {
                served = Files.getAttribute(out, "unix:ino"); // after a failure the output is staged afresh
            }
            assertThat(Files.getAttribute(out, "unix:ino")).as("written in place").isEqualTo(served);
        }
    }

    /** A template that fails half-way through rendering (pages already written), then mended. */
    private String brokenTemplate(BuildCaches caches, Path out) throws Exception {
        Path list = site.resolve("templates/list.ftlh");
        String good = Files.readString(list);
        Files.writeString(list, good + "${noSuchValue.field}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteBuild(preview(out), caches).run())
                .isInstanceOf(BuildFailure.class);
        Files.writeString(list, good);
        return "broken and mended template";
    }

    private BuildOptions preview(Path out) {
        return new BuildOptions(site, out, true, true, TODAY, false);
    }

    @Test
    void anEditReRendersItsPageAndReusesTheOthers() throws Exception {
        siteWithItems(7, 4);
        Path out = site.resolve("public");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> before = inodes(out);

        String edited = items.get(0);
        Files.writeString(site.resolve(edited), Files.readString(site.resolve(edited)).replace("正文", "改过的正文"));
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> after = inodes(out);
        String editedPage = page(edited);
        String other = page(items.get(1));
        assertThat(after.get(other)).isEqualTo(before.get(other));
        assertThat(after.get(editedPage)).isNotEqualTo(before.get(editedPage));
        assertThat(Files.readString(out.resolve(editedPage))).contains("改过的正文");
    }

    @Test
    void listPagesFeedsAndTheSearchIndexAreRenderedOnlyWhenTheirInputsChange() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        SiteFiles.write(site, SiteFiles.CONFIG);
        SiteBuildTest.copyTemplates(site);
        String item = "---\ntitle: %s\ndate: 2026-05-2%d\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n%s\n";
        Files.createDirectories(site.resolve("content/news"));
        Files.createDirectories(site.resolve("content/notices"));
        Files.writeString(site.resolve("content/news/a.md"), item.formatted("甲", 1, "正文。"));
        Files.writeString(site.resolve("content/news/b.md"), item.formatted("乙", 2, "正文。"));
        Files.writeString(site.resolve("content/notices/c.md"), item.formatted("丙", 3, "正文。"));
        Path out = site.resolve("public");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> first = inodes(out);
        List<String> lists = List.of("index.html", "news/index.html", "notices/index.html", "news/rss.xml",
                "notices/atom.xml", "rss.xml", "sitemap.xml", "sitemap.html", "search.html", "404.html");
        assertThat(first).containsKeys(lists.toArray(String[]::new)).containsKey("search-index.js");

        // a changed body: the item's page, the search index and the pages that list the item are made again (a list
        // entry is keyed by its item's bytes, not by what it shows: unchanged lists never build their entries), the
        // other lists, feeds and pages are linked
        Files.writeString(site.resolve("content/news/a.md"), item.formatted("甲", 1, "改过的正文。"));
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> second = inodes(out);
        List.of("notices/index.html", "notices/atom.xml", "sitemap.xml", "sitemap.html", "search.html", "404.html")
                .forEach(p -> assertThat(second.get(p)).as(p).isEqualTo(first.get(p)));
        assertThat(second.get("search-index.js")).isNotEqualTo(first.get("search-index.js"));
        assertThat(second.get("news/a.html")).isNotEqualTo(first.get("news/a.html"));
        assertThat(tree(out)).isEqualTo(fullTree());

        // a title shows in its column's lists and feeds, on the home page and in the sitemap, not in other columns
        Files.writeString(site.resolve("content/news/a.md"), item.formatted("改过的甲", 1, "改过的正文。"));
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> third = inodes(out);
        for (String p : List.of("index.html", "news/index.html", "news/rss.xml", "rss.xml")) {
            assertThat(third.get(p)).as(p).isNotEqualTo(second.get(p));
        }
        for (String p : List.of("notices/index.html", "notices/atom.xml", "sitemap.xml", "404.html")) {
            assertThat(third.get(p)).as(p).isEqualTo(second.get(p));
        }
        assertThat(Files.readString(out.resolve("news/index.html"))).contains("改过的甲");
        assertThat(tree(out)).isEqualTo(fullTree());
    }

    @Test
    void anUnchangedBuildLinksAssetsAndRowsFilesFromTheLastOutput() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        SiteFiles.write(site, TABLE_CONFIG);
        SiteBuildTest.copyTemplates(site);
        Random random = new Random(3);
        for (int i = 0; i < 6; i++) {
            add(random, i);
        }
        Path out = site.resolve("public");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> first = inodes(out);
        assertThat(first).containsKeys("assets/style.css", "notices/index-rows.js");

        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> second = inodes(out);
        second.keySet().stream().filter(p -> !p.equals(OutputMarker.FILE) && !p.endsWith(".csv"))
                .forEach(p -> assertThat(second.get(p)).as(p).isEqualTo(first.get(p)));

        // an edited asset is part of the build's inputs (templates/): it is copied again
        Path css = site.resolve("templates/assets/style.css");
        Files.writeString(css, Files.readString(css) + "\n/* 改 */\n");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> third = inodes(out);
        assertThat(third.get("assets/style.css")).isNotEqualTo(second.get("assets/style.css"));
        assertThat(Files.readString(out.resolve("assets/style.css"))).endsWith("/* 改 */\n");
        assertThat(tree(out)).isEqualTo(fullTree());
    }

    @Test
    void anUnchangedBuildDoesNotWriteItsCacheFilesAgain() throws Exception {
        Random random = siteWithItems(5, 4);
        Path out = site.resolve("public");
        Path cache = site.resolve(BuildCaches.DIR);
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> first = inodes(cache);
        assertThat(first).containsKeys("snapshot.bin", "findings.bin");

        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> second = inodes(cache);
        assertThat(second).as("snapshot, findings and page record as they were").isEqualTo(first);

        // an edit is kept for the next run
        write(items.get(0), random, "改过的标题");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> third = inodes(cache);
        assertThat(third.get("snapshot.bin")).isNotEqualTo(second.get("snapshot.bin"));
        assertThat(third.get("findings.bin")).isNotEqualTo(second.get("findings.bin"));
        assertThat(tree(out)).isEqualTo(fullTree());
    }

    @Test
    void aPublishingBuildIntoItsLastOutputListsTheLinkedPagesWithTheirTrueHashes() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp.resolve("reviewed"));
        s.write("content/news/a.md", ReviewedSite.item("甲", ReviewedSite.TODAY, "正文。"));
        s.write("content/news/b.md", ReviewedSite.item("乙", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a, b");
        s.approveChain("content/news/a.md");
        s.approveChain("content/news/b.md");
        Path out = s.out(false);
        BuildOptions publish = new BuildOptions(s.root, out, false, false, ReviewedSite.TODAY, false);
        new SiteBuild(publish, BuildCaches.forRun()).run();
        Map<String, Object> first = inodes(out);

        new SiteBuild(publish, BuildCaches.forRun()).run();
        assertThat(inodes(out).get("news/a.html")).as("linked").isEqualTo(first.get("news/a.html"));
        SiteManifest written = SiteManifest.parse(Files.readAllBytes(out.resolve(SiteManifest.FILE)));
        assertThat(written.files()).isEqualTo(SiteManifest.of(out, "-", "-", java.time.Instant.EPOCH).files());
    }

    @Test
    void aBuildWithNothingToDoKeepsTheOutputAndRepeatsTheReport() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        SiteFiles.write(site, TABLE_CONFIG + LINKS_WARN);
        SiteBuildTest.copyTemplates(site);
        Random random = new Random(11);
        for (int i = 0; i < 6; i++) {
            add(random, i);
        }
        // a draft (left out) and a dead link (a warning): the report has something to repeat
        Files.writeString(site.resolve(items.get(0)), Files.readString(site.resolve(items.get(0)))
                .replace("source: 区政府办公室", "source: 区政府办公室\ndraft: true"));
        Files.writeString(site.resolve(items.get(1)), Files.readString(site.resolve(items.get(1))) + "\n见[别处](nowhere.md)。\n");
        Path out = site.resolve("public");
        BuildReport first = new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(first.excluded()).isNotEmpty();
        assertThat(first.findings()).isNotEmpty();
        Object folder = Files.getAttribute(out, "unix:ino");

        BuildReport again = new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(Files.getAttribute(out, "unix:ino")).as("the output folder stays").isEqualTo(folder);
        assertThat(again.findings()).isEqualTo(first.findings());
        assertThat(again.excluded()).isEqualTo(first.excluded());
        assertThat(List.of(again.items(), again.pages(), again.files()))
                .isEqualTo(List.of(first.items(), first.pages(), first.files()));
        assertThat(tree(out)).isEqualTo(fullTree());
    }

    @Test
    void anOutputChangedSinceOrAnotherDayMeansBuildingAgain() throws Exception {
        siteWithItems(13, 4);
        Path out = site.resolve("public");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, String> built = tree(out);

        // a file added to the output, a page removed: the next build writes the output a full build writes
        Files.writeString(out.resolve("news/extra.html"), "<html>不是构建写的</html>");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(tree(out)).isEqualTo(built);
        Files.delete(out.resolve("index.html"));
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(tree(out)).isEqualTo(built);

        // an item that expires tomorrow: the same files built a day later leave it out
        String item = items.get(0);
        Files.writeString(site.resolve(item), Files.readString(site.resolve(item))
                .replace("source: 区政府办公室", "source: 区政府办公室\nexpires: " + TODAY.plusDays(1)));
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(out.resolve(page(item))).exists();
        BuildOptions tomorrow = new BuildOptions(site, out, false, false, TODAY.plusDays(2), true);
        BuildReport later = new SiteBuild(tomorrow, BuildCaches.forRun()).run();
        assertThat(out.resolve(page(item))).doesNotExist();
        assertThat(later.excluded()).extracting(Exclusion::path).contains(item);
    }

    @Test
    void aPageIsRenderedAgainWhenAnItemItLinksToGoesOffline() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        SiteFiles.write(site, SiteFiles.CONFIG + LINKS_WARN);
        SiteBuildTest.copyTemplates(site);
        String item = "---\ntitle: %s\ndate: 2026-05-20\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n%s\n";
        Files.createDirectories(site.resolve("content/news"));
        Files.writeString(site.resolve("content/news/a.md"), item.formatted("甲", "见[乙](b.md)。"));
        Files.writeString(site.resolve("content/news/b.md"), item.formatted("乙", "正文。"));
        Path out = site.resolve("public");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(Files.readString(out.resolve("news/a.html"))).contains("href=\"../news/b.html\"");

        Files.delete(site.resolve("content/news/b.md"));
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(Files.readString(out.resolve("news/a.html"))).doesNotContain("href=\"../news/b.html\"");
        assertThat(tree(out)).isEqualTo(fullTree());
    }

    @Test
    void aDamagedPageRecordOrAChangedPageMeansRenderingAgain() throws Exception {
        siteWithItems(9, 3);
        Path out = site.resolve("public");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        String a = page(items.get(0));
        String b = page(items.get(1));
        Map<String, Object> first = inodes(out);

        // a page altered in the output is not carried into the next one
        Files.writeString(out.resolve(b), "<html>改掉的页面</html>");
        try (Stream<Path> records = Files.list(site.resolve(BuildCaches.DIR))) {
            for (Path record : records.toList()) {
                byte[] bytes = Files.readAllBytes(record);
                bytes[bytes.length - 20] ^= 1; // one bit of a page's record
                Files.write(record, bytes);
            }
        }
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        Map<String, Object> second = inodes(out);
        assertThat(second.get(a)).as("damaged record: nothing reused").isNotEqualTo(first.get(a));
        assertThat(Files.readString(out.resolve(b))).doesNotContain("改掉的页面");

        Files.writeString(out.resolve(b), "<html>又改掉的页面</html>");
        new SiteBuild(options(out), BuildCaches.forRun()).run();
        assertThat(inodes(out).get(a)).as("intact record: reused").isEqualTo(second.get(a));
        assertThat(Files.readString(out.resolve(b))).doesNotContain("又改掉的页面");
        assertThat(tree(out)).isEqualTo(fullTree());
    }

    private Map<String, String> fullTree() throws Exception {
        Path full = tmp.resolve("full");
        new SiteBuild(options(full)).run();
        return tree(full);
    }

    private BuildOptions options(Path out) {
        return new BuildOptions(site, out, false, false, TODAY, true);
    }

    /** A fresh site with the test config, the templates and {@code count} random items; the random source goes on. */
    private Random siteWithItems(long seed, int count) throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        SiteFiles.write(site, SiteFiles.CONFIG);
        SiteBuildTest.copyTemplates(site);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            add(random, i);
        }
        return random;
    }

    private void add(Random random, int n) throws IOException {
        String column = COLUMNS[random.nextInt(COLUMNS.length)];
        String path = random.nextInt(4) == 0 ? "content/" + column + "/b" + n + "/index.md"
                : "content/" + column + "/i" + n + ".md";
        write(path, random, "稿件" + n);
        if (path.endsWith("/index.md")) {
            Files.writeString(site.resolve(path).resolveSibling("表" + n + ".csv"), "日期,人\n2026-06-01,值班室\n");
        }
        items.add(path);
    }

    private void write(String path, Random random, String title) throws IOException {
        StringBuilder body = new StringBuilder("---\ntitle: " + title + "\ndate: 2026-05-" + (10 + random.nextInt(18))
                + "\npublisher: 区政府办公室\nsource: 区政府办公室\n");
        if (path.endsWith("/index.md")) {
            body.append("attachments: [{file: 表").append(path.replaceAll(".*/b(\\d+)/index.md", "$1"))
                    .append(".csv, title: 附表}]\n");
        }
        body.append("---\n正文").append(random.nextInt(1000)).append("。\n");
        if (!items.isEmpty() && random.nextInt(4) == 0) {
            String target = items.get(random.nextInt(items.size()));
            body.append("\n见[相关稿件](").append(relative(path, target)).append(")。\n");
        }
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, body.toString());
    }

    /** One random edit of content, templates or config; returns what it did. */
    private String edit(Random random, int kind, int step) throws IOException {
        String victim = items.get(random.nextInt(items.size()));
        Path file = site.resolve(victim);
        switch (kind) {
            case 0 -> {
                add(random, 100 + step);
                return "add " + items.get(items.size() - 1);
            }
            case 1 -> {
                write(victim, random, "改过的标题" + step);
                return "edit " + victim;
            }
            case 2 -> {
                if (victim.endsWith("/index.md")) {
                    deleteTree(file.getParent());
                } else {
                    Files.delete(file);
                }
                items.remove(victim);
                return "delete " + victim;
            }
            case 3 -> {
                if (victim.endsWith("/index.md")) {
                    Files.writeString(file, Files.readString(file).replace("正文", "再改的正文"));
                    return "edit body " + victim;
                }
                String to = "content/" + COLUMNS[random.nextInt(COLUMNS.length)] + "/m" + step + ".md";
                Files.createDirectories(site.resolve(to).getParent());
                Files.move(file, site.resolve(to));
                items.set(items.indexOf(victim), to);
                return "move " + victim + " to " + to;
            }
            case 4 -> {
                Files.writeString(file, Files.readString(file).replace("source: 区政府办公室", "source: 区政府办公室\ndraft: true"));
                return "draft " + victim;
            }
            case 5 -> {
                Path layout = site.resolve("templates/layout.ftlh");
                Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- " + step + " --></body>"));
                return "template";
            }
            case 6 -> {
                Path config = site.resolve("site-config.yml");
                Files.writeString(config, Files.readString(config).replace("title: 测试区人民政府", "title: 测试区人民政府" + step));
                return "config";
            }
            case 7 -> {
                // a word of some bodies becomes banned (or another one does): their items are blocked
                String word = "正文" + random.nextInt(10);
                Files.createDirectories(site.resolve("rules"));
                Files.writeString(site.resolve("rules/banned.txt"), word + "\n");
                return "ban " + word;
            }
            case 8 -> {
                Path config = site.resolve("site-config.yml");
                Files.writeString(config, Files.readString(config).replace("link.unpublished: warning",
                        "link.unpublished: warning, words.banned: warning"));
                return "severity";
            }
            case 9 -> {
                // a bundle's attachment gets other bytes (and size): its page shows the size, its copy changes
                String bundle = items.stream().filter(i -> i.endsWith("/index.md")).findFirst().orElse(null);
                if (bundle == null) {
                    add(random, 200 + step);
                    return "add " + items.get(items.size() - 1);
                }
                Path csv;
                try (Stream<Path> files = Files.list(site.resolve(bundle).getParent())) {
                    csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
                }
                Files.writeString(csv, Files.readString(csv) + "2026-06-0" + (1 + random.nextInt(9)) + ",值班员\n");
                return "attachment " + csv.getFileName();
            }
            case 10 -> {
                // a column's intro (_index.md): its list pages show it
                String column = COLUMNS[random.nextInt(COLUMNS.length)];
                Files.writeString(site.resolve("content/" + column + "/_index.md"),
                        "---\ntitle: 栏目介绍\n---\n介绍" + step + "。\n");
                return "intro " + column;
            }
            case 11 -> {
                // tags and topic change: tag and topic pages come and go
                String tags = "tags: [" + (random.nextBoolean() ? "民生" : "教育") + (random.nextBoolean() ? ", 交通" : "") + "]";
                Files.writeString(file, Files.readString(file).replaceAll("(?m)^tags: .*\n", "")
                        .replace("source: 区政府办公室\n", "source: 区政府办公室\n" + tags + "\n"));
                return "tags of " + victim;
            }
            default -> throw new IllegalArgumentException("no edit " + kind);
        }
    }

    private static String relative(String from, String to) {
        Path f = Path.of(from).getParent();
        return f.relativize(Path.of(to)).toString().replace('\\', '/');
    }

    private String page(String item) {
        String rel = item.substring("content/".length());
        return rel.endsWith("/index.md") ? rel.substring(0, rel.length() - "/index.md".length()) + ".html"
                : rel.substring(0, rel.length() - 3) + ".html";
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.getAttribute(p, "unix:ino"));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
