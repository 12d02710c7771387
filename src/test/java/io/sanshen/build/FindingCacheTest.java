package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.FindingCache;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of unchanged items come from {@code .sanshen-cache/findings.bin} or the server's memory, and are
 * exactly those of a build that keeps nothing: whatever the rules read (config, word lists, the date) changing
 * checks again, and a damaged or foreign cache file is never believed.
 */
class FindingCacheTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String ITEM = "---\ntitle: %s\ndate: %s\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n%s\n";

    @TempDir
    Path tmp;

    private Path site;

    @BeforeEach
    void site() throws Exception {
        site = Files.createDirectories(tmp.resolve("site"));
        SiteFiles.write(site, SiteFiles.CONFIG);
        SiteBuildTest.copyTemplates(site);
        write("content/news/a.md", "甲", "2026-05-20", "正文写了测试禁用词甲乙。");
        write("content/news/b.md", "乙", "2026-06-01", "联系人身份证号码 110105194912310029。");
        write("content/notices/c.md", "丙", "2026-05-21", "普通的正文。");
    }

    @Test
    void anUnchangedItemIsNotCheckedAgainByTheNextProcess() throws Exception {
        BuildReport first = build(BuildCaches.forRun(), TODAY).report;
        Built again = build(BuildCaches.forRun(), TODAY);
        assertThat(again.checked).isZero();
        assertThat(again.report.findings()).isEqualTo(first.findings()).isEqualTo(uncached(TODAY));

        write("content/news/a.md", "甲", "2026-05-20", "改过的正文。");
        Built edited = build(BuildCaches.forRun(), TODAY);
        assertThat(edited.checked).as("its own, dated and link rules; no link of the others reads its text")
                .isEqualTo(3);
        assertThat(edited.report.findings()).isEqualTo(uncached(TODAY));
    }

    @Test
    void aChangedWordListConfigOrDateChecksEveryItemAgain() throws Exception {
        BuildCaches memory = BuildCaches.inMemory();
        build(memory, TODAY);
        assertThat(ids(build(memory, TODAY).report)).doesNotContain("words.banned");

        Files.createDirectories(site.resolve("rules"));
        Files.writeString(site.resolve("rules/banned.txt"), "# 测试用禁用语\n测试禁用词甲乙\n");
        Built listed = build(BuildCaches.forRun(), TODAY);
        assertThat(listed.checked).isEqualTo(9);
        assertThat(ids(listed.report)).contains("words.banned");
        assertThat(listed.report.findings()).isEqualTo(uncached(TODAY));
        assertThat(build(memory, TODAY).report.findings()).isEqualTo(uncached(TODAY));

        Path config = site.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config) + "checks:\n  title-max-length: 1\n");
        Built configured = build(BuildCaches.forRun(), TODAY);
        assertThat(configured.checked).isEqualTo(9);
        assertThat(configured.report.findings()).isEqualTo(uncached(TODAY));

        Files.writeString(config, Files.readString(config) + "  rules: {words.banned: info}\n");
        Built severities = build(BuildCaches.forRun(), TODAY);
        assertThat(severities.report.findings()).isEqualTo(uncached(TODAY))
                .anyMatch(f -> f.ruleId().equals("words.banned") && f.severity() == io.sanshen.diag.Severity.INFO);

        // b is dated today: a day earlier it lies in the future, which only the dated rules know
        LocalDate before = TODAY.minusDays(1);
        Built yesterday = build(BuildCaches.forRun(), before);
        assertThat(yesterday.checked).as("dated and link rules of every item").isEqualTo(6);
        assertThat(yesterday.report.findings()).isEqualTo(uncached(before))
                .isNotEqualTo(build(BuildCaches.forRun(), TODAY).report.findings());
    }

    @Test
    void aHiddenLinkAddedToATemplateIsFoundByTheNextProcess() throws Exception {
        // the template rule reads no item: its findings are kept with the config, word lists and templates
        assertThat(ids(build(BuildCaches.forRun(), TODAY).report)).doesNotContain("link.hidden-template");
        Path layout = site.resolve("templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout)
                + "<div class=\"footer\"><a href=\"https://spam.example/\" style=\"font-size:0\">spam</a></div>\n");
        Built next = build(BuildCaches.forRun(), TODAY);
        assertThat(ids(next.report)).contains("link.hidden-template");
        assertThat(next.report.findings()).isEqualTo(uncached(TODAY));
    }

    @Test
    void aDamagedCacheFileIsIgnored() throws Exception {
        Files.createDirectories(site.resolve("rules"));
        Files.writeString(site.resolve("rules/banned.txt"), "测试禁用词甲乙\n");
        build(BuildCaches.forRun(), TODAY);
        Path file = site.resolve(BuildCaches.DIR).resolve("findings.bin");
        byte[] bytes = Files.readAllBytes(file);
        for (int i : new int[] {bytes.length - 1, bytes.length / 2, 30}) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 1;
            Files.write(file, damaged);
            // with the output as the last build left it, nothing changed and the build would not run at all
            // (UnchangedBuild): without it the checks run, and must not trust the damaged file
            org.eclipse.jgit.util.FileUtils.delete(site.resolve("public").toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
            Built again = build(BuildCaches.forRun(), TODAY);
            assertThat(again.checked).as("bit %d", i).isEqualTo(9);
            assertThat(again.report.findings()).isEqualTo(uncached(TODAY));
        }
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        org.eclipse.jgit.util.FileUtils.delete(site.resolve("public").toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
        assertThat(build(BuildCaches.forRun(), TODAY).checked).as("cut off").isEqualTo(9);
    }

    @Test
    void aCacheFileOfAnotherSiteDecidesNothing() throws Exception {
        // the same paths with harmless text elsewhere: its cache must not lift the blocker here
        Path other = Files.createDirectories(tmp.resolve("other"));
        SiteFiles.write(other, SiteFiles.CONFIG + "-- rules/banned.txt --\n测试禁用词甲乙\n");
        SiteBuildTest.copyTemplates(other);
        Files.createDirectories(other.resolve("content/news"));
        Files.writeString(other.resolve("content/news/a.md"), ITEM.formatted("甲", "2026-05-20", "正文。"));
        new SiteBuild(new BuildOptions(other, other.resolve("public"), false, false, TODAY, true),
                BuildCaches.forRun()).run();
        Files.createDirectories(site.resolve("rules"));
        Files.writeString(site.resolve("rules/banned.txt"), "测试禁用词甲乙\n");
        Files.createDirectories(site.resolve(BuildCaches.DIR));
        Files.copy(other.resolve(BuildCaches.DIR).resolve("findings.bin"),
                site.resolve(BuildCaches.DIR).resolve("findings.bin"));

        Built built = build(BuildCaches.forRun(), TODAY);
        assertThat(built.checked).isEqualTo(9);
        assertThat(built.report.excluded()).extracting(Exclusion::path).contains("content/news/a.md");
        assertThat(built.report.findings()).isEqualTo(uncached(TODAY));
    }

    @Test
    void linksAreCheckedAgainWhenTheirTargetGoesThoughTheLinkingItemIsUnchanged() throws Exception {
        write("content/notices/d.md", "丁", "2026-05-22", "见[丙](c.md)和[乙](../news/b.md)。");
        BuildCaches caches = BuildCaches.forRun();
        assertThat(ids(build(caches, TODAY).report)).doesNotContain("link.dead");
        Files.delete(site.resolve("content/notices/c.md"));
        for (BuildCaches next : List.of(caches, BuildCaches.forRun())) {
            Built built = build(next, TODAY);
            assertThat(built.checked).as("link rules of a, b and d, once").isEqualTo(next == caches ? 3 : 0);
            assertThat(ids(built.report)).contains("link.dead");
            assertThat(built.report.findings()).isEqualTo(uncached(TODAY));
        }
    }

    @Test
    void linksAreCheckedAgainWhenWhatTheyAreJudgedByInTheirTargetChanges() throws Exception {
        write("content/notices/d.md", "丁", "2026-05-22", "见[《丙的通知》](c.md#办理时间)。");
        write("content/notices/c.md", "丙的通知", "2026-05-21", "# 办理时间\n\n普通的正文。");
        BuildCaches caches = BuildCaches.inMemory();
        assertThat(ids(build(caches, TODAY).report)).doesNotContain("link.dead", "link.wrong", "link.unpublished");
        // each edit of c leaves d's bytes alone; d's links must be judged again against the new c
        List<String[]> edits = List.of(
                new String[] {"丙的通知", "2026-05-21", "# 办理地点\n\n普通的正文。", "link.dead"},
                new String[] {"丙的通知", "2026-05-21", "办理时间\n====\n\n普通的正文。", ""},
                new String[] {"丙的通知", "2026-05-21", "办理地点\n----\n\n普通的正文。", "link.dead"},
                new String[] {"丙的通知", "2026-05-21", "# [办理时间][x]\n\n[x]: https://www.gov.cn/\n", ""},
                new String[] {"丙的通知", "2026-05-21", "# [办理时间][x]\n\n[y]: https://www.gov.cn/\n", ""},
                new String[] {"完全不同的标题", "2026-05-21", "# 办理时间\n\n普通的正文。", "link.wrong"},
                new String[] {"丙的通知", "2026-05-21", "# 办理时间\n\n改过的正文。", ""},
                new String[] {"丙的通知", "2026-05-21", "# 办理时间\n\n再改的正文。", ""});
        Built last = null;
        for (String[] e : edits) {
            write("content/notices/c.md", e[0], e[1], e[2]);
            Built built = build(caches, TODAY);
            assertThat(built.report.findings()).as(e[2]).isEqualTo(uncached(TODAY));
            if (!e[3].isEmpty()) {
                assertThat(ids(built.report)).as(e[2]).contains(e[3]);
            }
            last = built;
        }
        assertThat(last.checked).as("only c's own rules after an edit of its plain text").isEqualTo(3);
        Files.writeString(site.resolve("content/notices/c.md"), Files.readString(site.resolve("content/notices/c.md"))
                .replace("source: 区政府办公室", "source: 区政府办公室\ndraft: true"));
        Built drafted = build(caches, TODAY);
        assertThat(ids(drafted.report)).contains("link.unpublished");
        assertThat(drafted.report.findings()).isEqualTo(uncached(TODAY));
    }

    @Test
    void aPublishingBuildReusesWhatTheRunsBeforeItCheckedAndRead() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp.resolve("reviewed"));
        s.write("content/news/a.md", ReviewedSite.item("稿件", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a");
        for (int level = 1; level <= 3; level++) {
            s.recordDirectly(List.of("信息员甲", "科长乙", "分管丙").get(level - 1), level, "content/news/a.md", List.of());
        }
        new SiteBuild(new BuildOptions(s.root, s.dir.resolve("local"), false, false, ReviewedSite.TODAY, true),
                BuildCaches.forRun()).run();
        BuildOptions publishing = new BuildOptions(s.root, s.out(false), false, false, ReviewedSite.TODAY, false);
        List<Finding> uncached = new SiteBuild(publishing).run().findings();

        BuildCaches first = BuildCaches.forRun();
        assertThat(new SiteBuild(publishing, first).run().findings()).isEqualTo(uncached);
        assertThat(first.work().parses()).as("read from the local build's snapshot").isZero();
        assertThat(first.work().checks()).as("the same items and links: all found before").isZero();

        BuildCaches again = BuildCaches.forRun();
        BuildReport published = new SiteBuild(publishing, again).run();
        assertThat(published.items()).isEqualTo(1);
        assertThat(published.findings()).isEqualTo(uncached);
        assertThat(again.work()).isEqualTo(new BuildCaches.Work(0, 0));
        assertThat(files(s.root.resolve(BuildCaches.DIR))).containsKeys("findings.bin", "snapshot.bin");
    }

    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private record Built(BuildReport report, int checked) {
    }

    private Built build(BuildCaches caches, LocalDate today) throws Exception {
        FindingCache findings = caches.findings(site);
        int before = findings.checked();
        BuildReport report = new SiteBuild(options(today), caches).run();
        return new Built(report, findings.checked() - before);
    }

    private List<Finding> uncached(LocalDate today) throws Exception {
        return new SiteBuild(options(today)).run().findings();
    }

    private BuildOptions options(LocalDate today) {
        return new BuildOptions(site, site.resolve("public"), false, false, today, true);
    }

    private static List<String> ids(BuildReport r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    private void write(String path, String title, String date, String body) throws Exception {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), ITEM.formatted(title, date, body));
    }
}
