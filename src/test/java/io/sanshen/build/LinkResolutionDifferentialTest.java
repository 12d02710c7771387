package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link check and the renderer resolve links with one resolver, so they must agree link by link: a link the
 * check passes is written to a file that the build produced (and an anchor it has), and a link the check reports
 * leads to nothing on the portal. The renderer's side is judged from the produced files alone, by a browser's rules.
 */
class LinkResolutionDifferentialTest {
    /** Link (Markdown destination) → whether it must pass; each is the only link of its own item. */
    private static final Map<String, Boolean> LINKS = new LinkedHashMap<>();

    static {
        LINKS.put("2026-05-02-b.md", true);
        LINKS.put("./2026-05-02-b.md", true);
        LINKS.put("../news/2026-05-02-b.md", true);
        LINKS.put("2026-05-02-b.md?from=home", true);
        LINKS.put("2026-05-02-b.md?from=home#正文", true);
        LINKS.put("2026-05-02-b.md#正文", true);
        LINKS.put("2026-05-02-b.md#no-such-heading", false);
        LINKS.put("../notices/2026-04-20-flood/index.md", true);
        LINKS.put("../notices/2026-04-20-flood/", true);
        LINKS.put("../notices/2026-04-20-flood", true);
        LINKS.put("../notices/2026-04-20-flood/防汛值班表.csv", true);
        LINKS.put("../notices/2026-04-20-flood/%E9%98%B2%E6%B1%9B%E5%80%BC%E7%8F%AD%E8%A1%A8.csv", true);
        LINKS.put("../notices/2026-04-20-flood/防汛值班表.csv?download=1", true);
        LINKS.put("会议%20纪要.md", true);
        LINKS.put("a\\_b.md", true);
        LINKS.put("/news/index.html", true);
        LINKS.put("#no-such-heading", false);
        LINKS.put("../notices/2026-03-01-draft.md", false);
        LINKS.put("../notices/2026-03-01-draft.md?x=1", false);
        LINKS.put("../notices/2026-01-02-older.md", false);
        LINKS.put("../notices/2026-01-02-older.md#正文", false);
        LINKS.put("secret.md", false);
        LINKS.put("../notices/no-such.md", false);
        LINKS.put("../notices/2026-04-20-flood/no-such.csv", false);
        LINKS.put("../../../outside.md", false);
        // written as the portal serves them: the check must know what a blocker holds back, as the renderer does
        LINKS.put("/news/2026-05-02-b.html", true);
        LINKS.put("/notices/2026-04-20-flood/防汛值班表.csv", true);
        LINKS.put("/news/secret.html", false);
        LINKS.put("/news/secret.html?from=home#正文", false);
        LINKS.put("/notices/2026-04-21-list/名单.csv", false);
        LINKS.put("/notices/2026-04-21-list.html", false);
        LINKS.put("../notices/2026-04-21-list/名单.csv?download=1", false);
        LINKS.put("/notices/2026-01-02-older.html", false);
        LINKS.put("/notices/2026-03-01-draft.html#x", false);
    }

    private static final String TARGETS = """
            -- content/news/2026-05-02-b.md --
            ---
            title: 目标信息
            date: 2026-05-02
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            ## 正文
            目标信息的正文。
            -- content/news/会议 纪要.md --
            ---
            title: 会议纪要
            date: 2026-05-03
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            会议纪要的正文。
            -- content/news/a_b.md --
            ---
            title: 下划线
            date: 2026-05-03
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            下划线的正文。
            -- content/news/secret.md --
            ---
            title: 内部情况
            date: 2026-05-03
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            绝密★启用前
            -- content/notices/2026-04-20-flood/index.md --
            ---
            title: 关于做好防汛工作的通知
            date: 2026-04-20
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            ## 工作要求
            见附件[值班表](防汛值班表.csv)。
            -- content/notices/2026-04-20-flood/防汛值班表.csv --
            日期,值班人
            -- content/notices/2026-04-21-list/index.md --
            ---
            title: 名单
            date: 2026-04-21
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            见[名单](名单.csv)。
            -- content/notices/2026-04-21-list/名单.csv --
            绝密★启用前
            姓名,单位
            -- content/notices/2026-01-02-older.md --
            ---
            title: 更旧通知
            date: 2025-12-01
            expires: 2026-01-31
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            ## 正文
            更旧通知的正文。
            -- content/notices/2026-03-01-draft.md --
            ---
            title: 草稿通知
            date: 2026-03-01
            draft: true
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            草稿通知的正文。
            """;

    @TempDir
    Path site;

    @Test
    void checkVerdictAndRenderedLinkAgreeOnEveryLink() throws Exception {
        StringBuilder files = new StringBuilder(SiteFiles.CONFIG).append("""
                checks:
                  rules:
                    link.dead: warning
                    link.unpublished: warning
                """).append(TARGETS);
        List<String> links = List.copyOf(LINKS.keySet());
        for (int i = 0; i < links.size(); i++) {
            files.append(source(i, "[目标](" + links.get(i) + ")"));
        }
        files.append(source(links.size(), "![图](../notices/2026-04-20-flood/防汛值班表.csv)"));
        SiteFiles.write(site, files.toString());
        SiteBuildTest.copyTemplates(site);
        Path out = site.resolve("public");
        BuildReport report = new SiteBuild(new BuildOptions(site, out, false, false, LocalDate.of(2026, 6, 1), true)).run();

        assertThat(report.excluded()).extracting(Exclusion::path).as("%s", report.excluded())
                .containsExactlyInAnyOrder("content/news/secret.md", "content/notices/2026-03-01-draft.md",
                        "content/notices/2026-01-02-older.md", "content/notices/2026-04-21-list/index.md");
        for (int i = 0; i <= links.size(); i++) {
            String path = "content/news/2026-05-10-l" + i + ".md";
            List<Finding> linkFindings = report.findings().stream()
                    .filter(f -> f.pos().path().equals(path) && f.ruleId().startsWith("link.")).toList();
            Document page = Jsoup.parse(out.resolve("news/2026-05-10-l" + i + ".html").toFile(), "UTF-8");
            Element body = page.selectFirst("a:containsOwn(目标), img[alt=图]");
            assertThat(body).as("link %s on page %s", i, page.body()).isNotNull();
            String href = body.hasAttr("src") ? body.attr("src") : body.attr("href");
            boolean reaches = reaches(out, "news/2026-05-10-l" + i + ".html", href);
            String link = i < links.size() ? links.get(i) : "image";
            assertThat(linkFindings.isEmpty()).as("check passes %s (%s)", link, linkFindings).isEqualTo(reaches)
                    .as("renderer wrote %s", href).isEqualTo(LINKS.getOrDefault(link, true));
        }
    }

    @Test
    void anItemLinkingToABlockedItemIsBlockedInTurn() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + TARGETS + source(0, "[目标](secret.md)") + source(1, "[目标](2026-05-10-l0.md)")
                + source(2, "[目标](2026-05-10-l1.md)") + source(3, "[目标](2026-05-02-b.md)"));
        SiteBuildTest.copyTemplates(site);
        Path out = site.resolve("public");
        BuildReport report = new SiteBuild(new BuildOptions(site, out, false, false, LocalDate.of(2026, 6, 1), true)).run();

        assertThat(report.excluded()).extracting(Exclusion::path).contains("content/news/secret.md",
                "content/news/2026-05-10-l0.md", "content/news/2026-05-10-l1.md", "content/news/2026-05-10-l2.md");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("link.unpublished"))
                .extracting(f -> f.pos().toString()).containsExactlyInAnyOrder(
                        "content/news/2026-05-10-l0.md:7:2", "content/news/2026-05-10-l1.md:7:2",
                        "content/news/2026-05-10-l2.md:7:2");
        assertThat(out.resolve("news/2026-05-10-l3.html")).exists();
        assertThat(out.resolve("news/2026-05-10-l2.html")).doesNotExist();
    }

    /** Reviewed link → whether it must pass; all in one approved item, one paragraph each (line 7 + 2·i). */
    private static final Map<String, Boolean> REVIEWED = new LinkedHashMap<>();

    static {
        REVIEWED.put("b1/值班表.csv", true);
        REVIEWED.put("/news/b1/值班表.csv", true);
        REVIEWED.put("b1/index.md", true);
        REVIEWED.put("b1/新表.csv", false);
        REVIEWED.put("/news/b1/新表.csv?v=1", false);
        REVIEWED.put("t.md#正文", true);
        REVIEWED.put("u.md", false);
        REVIEWED.put("/news/u.html", false);
    }

    /**
     * In a publishing build the approved view decides: a published bundle whose new attachment awaits approval stays
     * online in its last approved state (links to its approved files pass and reach them, a link to the pending file
     * is a finding), and a never-approved item is no target.
     */
    @Test
    void inAPublishingBuildCheckAndRendererAgreeOnApprovedAndPendingTargets() throws Exception {
        ReviewedSite s = new ReviewedSite(site);
        Path config = s.root.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replace("version: 1", "version: 2")
                + "checks:\n  rules:\n    link.dead: warning\n    link.unpublished: warning\n");
        s.commitAll("links are warnings here");
        s.approve("管理员戊", "admin", "site-config.yml");
        String item = "---\ntitle: %s\ndate: " + ReviewedSite.TODAY + "\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n%s\n";
        s.write("content/news/b1/index.md", item.formatted("值班通知", "## 工作要求\n请按值班表到岗，见附件[值班表](值班表.csv)。"));
        s.write("content/news/b1/值班表.csv", "日期,值班人\n5月1日,张三\n");
        s.write("content/news/t.md", item.formatted("目标信息", "## 正文\n目标信息的正文。"));
        StringBuilder body = new StringBuilder();
        List<String> links = List.copyOf(REVIEWED.keySet());
        for (int i = 0; i < links.size(); i++) {
            body.append("见[目标").append(i).append("](").append(links.get(i)).append(")的说明。\n\n");
        }
        s.write("content/news/l.md", item.formatted("链接", body.toString().strip()));
        s.commitAll("items");
        for (String path : List.of("content/news/b1/index.md", "content/news/b1/值班表.csv", "content/news/t.md")) {
            s.approveChain(path);
        }
        for (int level = 1; level <= 3; level++) { // past the CLI's own link check, as a reviewer with Git could
            s.recordDirectly(ReviewedSite.NAMES.get(level - 1), level, "content/news/l.md", List.of());
        }
        s.write("content/news/b1/新表.csv", "日期,值班人\n6月1日,李四\n");
        s.write("content/news/u.md", item.formatted("未审核", "未审核的正文。"));
        s.commitAll("a pending attachment and an unapproved item");

        BuildReport report = s.build(false);
        Path out = s.out(false);
        Document page = Jsoup.parse(out.resolve("news/l.html").toFile(), "UTF-8");
        for (int i = 0; i < links.size(); i++) {
            int line = 7 + 2 * i;
            List<Finding> found = report.findings().stream().filter(f -> f.pos().path().equals("content/news/l.md")
                    && f.ruleId().startsWith("link.") && f.pos().line() == line).toList();
            Element a = page.selectFirst("a:containsOwn(目标" + i + ")");
            assertThat(a).as("link %s on %s", i, page.body()).isNotNull();
            boolean reaches = reaches(out, "news/l.html", a.attr("href"));
            assertThat(found.isEmpty()).as("check passes %s (%s)", links.get(i), found).isEqualTo(reaches)
                    .as("renderer wrote %s", a.attr("href")).isEqualTo(REVIEWED.get(links.get(i)));
        }
    }

    private static String source(int i, String markdown) {
        return "-- content/news/2026-05-10-l" + i + ".md --\n---\ntitle: 链接" + i + "\ndate: 2026-05-10\n"
                + "publisher: 区政府办公室\nsource: 区政府办公室\n---\n见" + markdown + "的说明。\n";
    }

    /** Whether a browser following {@code href} from page {@code from} finds a produced file (and its anchor). */
    private static boolean reaches(Path out, String from, String href) throws IOException {
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return true;
        }
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        String path = hash < 0 ? href : href.substring(0, hash);
        path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String target = path.isEmpty() ? from : resolve(from, URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        if (target == null || !Files.isRegularFile(out.resolve(target))) {
            return false;
        }
        return fragment.isEmpty() || Jsoup.parse(out.resolve(target).toFile(), "UTF-8").getElementById(fragment) != null;
    }

    private static String resolve(String from, String path) {
        String joined = path.startsWith("/") ? path : from.substring(0, from.lastIndexOf('/') + 1) + path;
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.equals("..")) {
                if (parts.pollLast() == null) {
                    return null;
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }
}
