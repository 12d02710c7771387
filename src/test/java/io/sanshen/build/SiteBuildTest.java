package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanshen.testkit.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {
    static final String CONTENT = """
            -- content/_index.md --
            ---
            title: 首页
            ---
            测试区门户网站。
            -- content/news/2026-05-01-meeting.md --
            ---
            title: 区政府召开常务会议
            date: 2026-05-01 09:30
            publisher: 区政府办公室
            source: 区政府办公室
            genre: 工作动态
            topic: 综合政务
            tags: [常务会议]
            ---
            会议研究了[《关于做好防汛工作的通知》](../notices/2026-04-20-flood/index.md#二工作要求)。

            | 项目 | 数量 |
            |---|---|
            | 议题 | 3 |

            <script>alert(1)</script><p onclick="x()" style="display:none">隐藏</p><a href="javascript:alert(1)">坏链接</a>
            [危险](javascript:alert(2))
            脚注[^1]。

            [^1]: 会议纪要另行印发。
            -- content/notices/2026-04-20-flood/index.md --
            ---
            标题: 关于做好防汛工作的通知
            索引号: 11320199014170123X/2026-00002
            发布机构: 区政府办公室
            信息来源: 区政府办公室
            成文日期: 2026-04-18
            发布日期: 2026-04-20
            文号: 测政办发〔2026〕2号
            体裁分类: 通知
            主题分类: 综合政务
            附件:
              - {文件: 防汛值班表.csv, 名称: 防汛值班表}
            转载: {来源网站: 中国政府网, 原文链接: "https://www.gov.cn/a.htm", 转载时间: 2026-04-20}
            ---
            ## 一、总体要求
            做好防汛。![值班示意图](chart.svg)
            ## 二、工作要求
            见附件[值班表](防汛值班表.csv)。
            -- content/notices/2026-04-20-flood/防汛值班表.csv --
            日期,值班人
            2026-06-01,值班室
            -- content/notices/2026-04-20-flood/chart.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/notices/2026-01-01-old.md --
            ---
            title: 旧通知
            date: 2026-01-01
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            旧通知的正文。
            -- content/notices/2026-02-01-third.md --
            ---
            title: 第三条通知
            date: 2026-02-01
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            第三条通知的正文。
            -- content/notices/2026-01-02-older.md --
            ---
            title: 更旧通知
            date: 2025-12-01
            expires: 2026-01-31
            publisher: 区政府办公室
            source: 区政府办公室
            ---
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
            -- content/xxgk/rsxx/2026-02-01-renmian.md --
            ---
            title: 关于张三同志任职的通知
            date: 2026-02-01
            genre: 人事任免
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            关于张三同志任职的通知的正文。
            """;

    @TempDir
    Path site;

    @BeforeEach
    void writeSite() throws IOException {
        SiteFiles.write(site, SiteFiles.CONFIG + CONTENT);
        copyTemplates(site);
    }

    static void copyTemplates(Path site) throws IOException {
        SiteFiles.copyTemplates(site);
    }

    private BuildReport build(Path out) throws Exception {
        return new SiteBuild(new BuildOptions(site, out, false, false, LocalDate.of(2026, 6, 1), true)).run();
    }

    private Document html(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void publishesItemsAndLeavesOutDraftsAndExpiredOnes() throws Exception {
        Path out = site.resolve("public");
        BuildReport report = build(out);
        assertThat(report.items()).isEqualTo(5);
        assertThat(report.excluded()).extracting(Exclusion::path).containsExactlyInAnyOrder(
                "content/notices/2026-01-02-older.md", "content/notices/2026-03-01-draft.md");
        assertThat(out.resolve("notices/2026-03-01-draft.html")).doesNotExist();
        assertThat(report.summary(io.sanshen.diag.Lang.ZH)).startsWith("构建完成：5 条信息");
    }

    @Test
    void itemPageCarriesGovernmentMetadataAndRewritesLinks() throws Exception {
        Path out = site.resolve("public");
        build(out);
        Document d = html(out, "notices/2026-04-20-flood.html");
        assertThat(d.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(d.select("meta[name=ArticleTitle]").attr("content")).isEqualTo("关于做好防汛工作的通知");
        assertThat(d.select("meta[name=PubDate]").attr("content")).isEqualTo("2026-04-20");
        assertThat(d.select("meta[name=ColumnName]").attr("content")).isEqualTo("通知公告");
        assertThat(d.select("meta[name=SiteIDCode]").attr("content")).isEqualTo("3201990099");
        assertThat(d.select("meta[name=ContentSource]").attr("content")).isEqualTo("区政府办公室");
        assertThat(d.select(".meta-table").text()).contains("11320199014170123X/2026-00002", "测政办发〔2026〕2号",
                "2026-04-18", "主动公开", "通知");
        assertThat(d.select(".reprint").text()).contains("转载自：中国政府网", "转载时间：2026-04-20", "原文链接");
        assertThat(d.select(".reprint a").attr("href")).isEqualTo("https://www.gov.cn/a.htm");
        assertThat(d.select(".attachments a").attr("href"))
                .isEqualTo("../notices/2026-04-20-flood/%E9%98%B2%E6%B1%9B%E5%80%BC%E7%8F%AD%E8%A1%A8.csv");
        assertThat(out.resolve("notices/2026-04-20-flood/防汛值班表.csv")).exists();
        assertThat(d.select(".article-body img").attr("src")).isEqualTo("../notices/2026-04-20-flood/chart.svg");
        assertThat(d.select(".article-body img").attr("alt")).isEqualTo("值班示意图");
        assertThat(d.select(".article-body h2").first().id()).isEqualTo("一总体要求");
        assertThat(d.select(".breadcrumb li").eachText()).containsExactly("首页", "通知公告", "正文");
        assertThat(d.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(d.select("main#main")).hasSize(1);
        assertThat(d.select("footer").text()).contains("网站标识码：3201990099", "苏ICP备00000000号",
                "苏公网安备 32019900000000号", "主办单位：测试区人民政府办公室", "025-00000000");
        assertThat(d.select("footer a.jiucuo").attr("href")).startsWith("https://zfwzzc.www.gov.cn/");
        assertThat(d.select("footer img")).allMatch(img -> img.hasAttr("alt"));
        assertThat(d.select("footer a.conac img").attr("alt")).isNotBlank();
    }

    @Test
    void sanitizesRawHtmlAndDangerousLinks() throws Exception {
        Path out = site.resolve("public");
        build(out);
        Document d = html(out, "news/2026-05-01-meeting.html");
        var body = d.select(".article-body").first();
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("[onclick], [style], [hidden]")).isEmpty();
        assertThat(body.select("a").eachAttr("href")).noneMatch(h -> h.toLowerCase().startsWith("javascript"));
        assertThat(body.select("a").first().attr("href")).isEqualTo("../notices/2026-04-20-flood.html#二工作要求");
        assertThat(body.select("table td").eachText()).containsExactly("议题", "3");
        assertThat(body.select(".footnotes li").text()).contains("会议纪要另行印发");
    }

    @Test
    void writesListsWithPaginationHomeTaxonomiesFeedsSitemapSearchAnd404() throws Exception {
        Path out = site.resolve("public");
        build(out);
        Document notices = html(out, "notices/index.html");
        assertThat(notices.select(".item-list li a").eachText()).containsExactly("关于做好防汛工作的通知", "第三条通知");
        assertThat(notices.select(".item-list time").eachText()).containsExactly("2026-04-20", "2026-02-01");
        assertThat(notices.select(".pager a[rel=next]").attr("href")).isEqualTo("../notices/index_2.html");
        assertThat(notices.select(".pager-total").text()).isEqualTo("共 3 条");
        Document page2 = html(out, "notices/index_2.html");
        assertThat(page2.select(".item-list a").eachText()).containsExactly("旧通知");
        assertThat(page2.select(".pager a[rel=prev]").attr("href")).isEqualTo("../notices/index.html");
        assertThat(out.resolve("notices/index_3.html")).doesNotExist();
        Document parent = html(out, "xxgk/index.html");
        assertThat(parent.select(".item-list a").eachText()).containsExactly("关于张三同志任职的通知");
        assertThat(parent.select(".subcolumns a").eachText()).containsExactly("人事信息");
        Document home = html(out, "index.html");
        assertThat(home.select(".block h2").eachText()).containsExactly("政务要闻", "通知公告", "政府信息公开");
        assertThat(home.select(".intro").text()).contains("测试区门户网站");
        assertThat(html(out, "tags/常务会议.html").select(".item-list a").eachText()).containsExactly("区政府召开常务会议");
        assertThat(html(out, "topics/index.html").select(".terms a").eachText()).containsExactly("综合政务");
        Document rss = Jsoup.parse(Files.readString(out.resolve("notices/rss.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(rss.select("item > link").eachText()).containsExactly(
                "https://www.test.gov.cn/notices/2026-04-20-flood.html", "https://www.test.gov.cn/notices/2026-02-01-third.html",
                "https://www.test.gov.cn/notices/2026-01-01-old.html");
        Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).contains("https://www.test.gov.cn/news/2026-05-01-meeting.html");
        String search = Files.readString(out.resolve("search-index.js"));
        assertThat(search).startsWith("window.SANSHEN_SEARCH=[").contains("\"关于做好防汛工作的通知\"").doesNotContain("<script");
        assertThat(html(out, "404.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/style.css");
        assertThat(html(out, "search.html").select("script[src]").eachAttr("src")).containsExactly("assets/portal.js", "search-index.js", "assets/search.js");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        build(site.resolve("a"));
        build(site.resolve("b"));
        assertThat(snapshot(site.resolve("a"))).isEqualTo(snapshot(site.resolve("b")));
    }

    @Test
    void failedBuildLeavesTheLastGoodSiteUntouched() throws Exception {
        Path out = site.resolve("public");
        build(out);
        Map<String, String> before = snapshot(out);
        // a link in content/ may point outside the repository: the whole tree is refused, not one item
        Files.createSymbolicLink(site.resolve("content/news/link.md"), site.resolve("site-config.yml"));
        assertThatThrownBy(() -> build(out)).isInstanceOf(BuildFailure.class)
                .satisfies(e -> assertThat(((BuildFailure) e).phase()).isEqualTo(Phase.CONTENT));
        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> s = Files.list(site)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".public.new-"));
        }
    }

    @Test
    void anItemWithAContentErrorIsLeftOutWithItsRulesAndTheOthersArePublished() throws Exception {
        SiteFiles.write(site, """
                -- content/news/2026-05-02-topic.md --
                ---
                title: 主题写错的稿件
                date: 2026-05-02
                publisher: 区政府办公室
                source: 区政府办公室
                topic: 综合正务
                ---
                秘密★1年

                正文。
                -- content/notices/2026-05-03-attach/index.md --
                ---
                title: 附件缺失的通知
                date: 2026-05-03
                publisher: 区政府办公室
                source: 区政府办公室
                attachments: [{file: 不存在.pdf, title: 附件}]
                ---
                正文。
                -- content/news/2026-05-04-broken.md --
                ---
                title: [未闭合
                ---
                正文。
                -- content/news/2026-05-05-links.md --
                ---
                title: 引用主题写错的稿件
                date: 2026-05-05
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                见[那篇稿件](2026-05-02-topic.md)。
                """);
        Path out = site.resolve("public");
        BuildReport report = build(out);

        assertThat(out.resolve("news/2026-05-01-meeting.html")).isRegularFile();
        assertThat(out.resolve("news/2026-05-02-topic.html")).doesNotExist();
        assertThat(out.resolve("notices/2026-05-03-attach.html")).doesNotExist();
        assertThat(out.resolve("news/2026-05-04-broken.html")).doesNotExist();
        assertThat(report.details(io.sanshen.diag.Lang.EN)).contains(
                "left out\tcontent/news/2026-05-02-topic.md\tthe content check found blocking problems: "
                        + "content.vocabulary, secrecy.mark",
                "left out\tcontent/notices/2026-05-03-attach/index.md\tthe content check found blocking problems: "
                        + "content.attachment-missing",
                "left out\tcontent/news/2026-05-04-broken.md\tthe content check found blocking problems: yaml.syntax");
        // a link to an item kept offline is reported as such, not as a link to nothing
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pos().path()).contains(
                "content.vocabulary content/news/2026-05-02-topic.md", "secrecy.mark content/news/2026-05-02-topic.md",
                "content.attachment-missing content/notices/2026-05-03-attach/index.md",
                "yaml.syntax content/news/2026-05-04-broken.md", "link.unpublished content/news/2026-05-05-links.md");
    }

    @Test
    void twoItemsPublishingToOneAddressAreBothLeftOut() throws Exception {
        SiteFiles.write(site, """
                -- content/news/same.md --
                ---
                title: 甲
                date: 2026-05-02
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                正文。
                -- content/news/same/index.md --
                ---
                title: 乙
                date: 2026-05-02
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                正文。
                """);
        Path out = site.resolve("public");
        BuildReport report = build(out);
        assertThat(out.resolve("news/same.html")).doesNotExist();
        assertThat(out.resolve("news/2026-05-01-meeting.html")).isRegularFile();
        assertThat(report.excluded()).extracting(Exclusion::path)
                .contains("content/news/same.md", "content/news/same/index.md");
    }

    @Test
    void previewShowsDraftsWithAWatermark() throws Exception {
        Path out = site.resolve("preview");
        new SiteBuild(new BuildOptions(site, out, true, false, LocalDate.of(2026, 6, 1), true)).run();
        Document d = html(out, "notices/2026-03-01-draft.html");
        assertThat(d.select(".preview-banner").text()).isEqualTo("预览·未审核");
        assertThat(html(out, "notices/2026-01-01-old.html").select(".preview-banner")).isEmpty();
    }

    @Test
    void leavesOutItemsWithBlockingCheckFindingsAndReportsThem() throws Exception {
        Files.writeString(site.resolve("content/news/2026-05-02-secret.md"), """
                ---
                title: 关于调整工作安排的通知
                date: 2026-05-02
                publisher: 区政府办公室
                source: 区政府办公室
                disclosure: 依申请公开
                ---
                秘密★1年

                工作安排如下。
                """);
        Path out = site.resolve("public");
        BuildReport report = build(out);
        assertThat(report.items()).isEqualTo(5);
        assertThat(report.excluded()).filteredOn(e -> e.path().equals("content/news/2026-05-02-secret.md"))
                .singleElement().satisfies(e -> assertThat(e.reason().zh())
                        .isEqualTo("内容检查发现阻断问题：disclosure.not-public, secrecy.mark"));
        assertThat(out.resolve("news/2026-05-02-secret.html")).doesNotExist();
        assertThat(report.findings()).filteredOn(f -> f.isBlocker()).extracting(f -> f.pos() + " " + f.ruleId())
                .containsExactly("content/news/2026-05-02-secret.md:6:13 disclosure.not-public",
                        "content/news/2026-05-02-secret.md:8:1 secrecy.mark");
        assertThat(report.warnings()).isPositive();
        assertThat(report.summary(io.sanshen.diag.Lang.ZH)).contains("未发布 3 条");
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }
}
