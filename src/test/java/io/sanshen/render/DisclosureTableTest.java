package io.sanshen.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.build.BuildOptions;
import io.sanshen.build.SiteBuild;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column with {@code list: table} lists its items (and its sub-columns' items) as the 信息公开 table: 索引号, 标题,
 * 文号, 发布机构 and 发布日期 with a caption and column headers, paginated like any list; the filter form is hidden
 * until assets/disclosure.js shows it, and the rows file holds every row of the column, not only the first page.
 */
class DisclosureTableTest {
    /** The test config with 政府信息公开 as a table, 法定主动公开内容 under it, and 人事信息 under that. */
    static final String SITE = SiteFiles.CONFIG
            .replace("    kind: disclosure\n", "    kind: page\n    list: table\n  - id: fdzdgknr\n    title: 法定主动公开内容\n"
                    + "    path: xxgk/fdzdgknr\n    unit: office\n    kind: page\n    list: table\n    parent: xxgk\n")
            .replace("    kind: personnel\n    parent: xxgk\n", "    kind: personnel\n    list: table\n    parent: fdzdgknr\n") + """
            -- content/news/2026-05-01-meeting.md --
            ---
            title: 区政府召开常务会议
            date: 2026-05-01
            publisher: 区政府办公室
            source: 区政府办公室
            ---
            会议正文。
            -- content/xxgk/rsxx/2026-03-01-appointment.md --
            ---
            title: 关于李四同志任职的通知
            index-no: 11320199014170123X/2026-00002
            doc-no: 测人社〔2026〕3号
            publisher: 区人力资源和社会保障局
            source: 区人力资源和社会保障局
            date: 2026-03-01
            topic: 劳动、人事、监察
            genre: 人事任免
            ---
            任免正文。
            -- content/xxgk/rsxx/2025-11-20-appointment.md --
            ---
            title: 关于张三同志任职的通知
            index-no: 11320199014170123X/2025-00009
            doc-no: 测人社〔2025〕21号
            publisher: 区政府办公室
            source: 区政府办公室
            date: 2025-11-20
            topic: 综合政务
            genre: 人事任免
            ---
            任免正文。
            -- content/xxgk/rsxx/2025-04-02-recruitment.md --
            ---
            title: 2025年公开招聘<工作人员>公告
            index-no: 11320199014170123X/2025-00003
            publisher: 区人力资源和社会保障局
            source: 区人力资源和社会保障局
            date: 2025-04-02
            topic: 劳动、人事、监察
            genre: 工作动态
            ---
            招聘正文。
            """;

    @TempDir
    Path site;

    @BeforeEach
    void writeSite() throws Exception {
        SiteFiles.write(site, SITE);
        assertThat(SITE).contains("parent: fdzdgknr");
        SiteFiles.copyTemplates(site);
        new SiteBuild(new BuildOptions(site, site.resolve("public"), false, false, LocalDate.of(2026, 6, 1), true)).run();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve("public").resolve(path)));
    }

    @Test
    void tableColumnListsIndexNumberTitleDocNumberPublisherAndDate() throws Exception {
        Document d = page("xxgk/rsxx/index.html");
        Element table = d.selectFirst("table#xxgk-table");
        assertThat(table).isNotNull();
        assertThat(d.select(".item-list")).isEmpty();
        assertThat(table.select("caption").text()).isEqualTo("人事信息信息列表");
        assertThat(table.select("thead th")).extracting(Element::text)
                .containsExactly("索引号", "标题", "文号", "发布机构", "发布日期");
        assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        // two per page, newest first
        assertThat(table.select("tbody tr")).extracting(tr -> tr.select("td").eachText()).containsExactly(
                List.of("11320199014170123X/2026-00002", "关于李四同志任职的通知", "测人社〔2026〕3号", "区人力资源和社会保障局", "2026-03-01"),
                List.of("11320199014170123X/2025-00009", "关于张三同志任职的通知", "测人社〔2025〕21号", "区政府办公室", "2025-11-20"));
        assertThat(table.select("tbody a").eachAttr("href")).containsExactly(
                "../../xxgk/rsxx/2026-03-01-appointment.html", "../../xxgk/rsxx/2025-11-20-appointment.html");
        assertThat(d.select(".pager a[rel=next]").attr("href")).isEqualTo("../../xxgk/rsxx/index_2.html");
        assertThat(page("xxgk/rsxx/index_2.html").select("#xxgk-table tbody tr td:eq(1)").text())
                .isEqualTo("2025年公开招聘<工作人员>公告");
    }

    @Test
    void tableScrollsInALabelledRegionWithTheWideTableHint() throws Exception {
        Document d = page("xxgk/rsxx/index.html");
        Element box = d.selectFirst("div.table-scroll:has(> table#xxgk-table)");
        assertThat(box).isNotNull();
        assertThat(box.attr("tabindex")).isEqualTo("0");
        assertThat(box.attr("role")).isEqualTo("region");
        assertThat(d.getElementById(box.attr("aria-labelledby")).tagName()).isEqualTo("caption");
        assertThat(box.nextElementSibling().hasClass("table-hint")).isTrue();
    }

    @Test
    void filterFormIsHiddenWithoutScriptAndEveryFieldHasALabel() throws Exception {
        Document d = page("xxgk/rsxx/index.html");
        Element form = d.selectFirst("form#xxgk-filter");
        assertThat(form.hasAttr("hidden")).isTrue();
        for (Element field : form.select("select, input")) {
            assertThat(d.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
        assertThat(form.select("select[name=year] option").eachText()).containsExactly("全部", "2026", "2025");
        // vocabulary order, only values that occur
        assertThat(form.select("select[name=topic] option").eachText()).containsExactly("全部", "综合政务", "劳动、人事、监察");
        assertThat(form.select("select[name=genre] option").eachText()).containsExactly("全部", "工作动态", "人事任免");
        assertThat(form.select("select[name=publisher] option").eachText())
                .containsExactly("全部", "区政府办公室", "区人力资源和社会保障局");
        // scripts from files only (CSP script-src 'self'): the rows of this column, then the filter code
        assertThat(d.select("script:not([src])")).isEmpty();
        assertThat(d.select("script[src]").eachAttr("src"))
                .contains("../../xxgk/rsxx/index-rows.js", "../../assets/disclosure.js");
    }

    @Test
    void rowsFileHoldsEveryRowOfTheColumnAndItsSubColumnsEscapedForAScript() throws Exception {
        String rows = Files.readString(site.resolve("public/xxgk/rsxx/index-rows.js"));
        assertThat(rows).startsWith("window.SANSHEN_ROWS=[").contains("关于李四同志任职的通知", "关于张三同志任职的通知")
                .contains("2025年公开招聘\\u003c工作人员>公告").doesNotContain("<工作人员");
        String parent = Files.readString(site.resolve("public/xxgk/index-rows.js"));
        assertThat(parent).contains("关于李四同志任职的通知", "2025年公开招聘").doesNotContain("常务会议");
        assertThat(page("xxgk/fdzdgknr/index.html").select("#xxgk-table tbody tr")).hasSize(2);
        assertThat(page("xxgk/index.html").select("nav.subcolumns a").eachText()).containsExactly("法定主动公开内容");
    }

    @Test
    void listColumnsKeepTheNewsStyleList() throws Exception {
        Document d = page("news/index.html");
        assertThat(d.select(".item-list li")).hasSize(1);
        assertThat(d.select("table, form#xxgk-filter, script[src$=disclosure.js]")).isEmpty();
        assertThat(Files.exists(site.resolve("public/news/index-rows.js"))).isFalse();
    }
}
