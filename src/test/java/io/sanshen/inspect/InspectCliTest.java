package io.sanshen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect}, {@code status} and {@code check} on a site with two items, in 通知公告 (14 days) and 政策文件
 * (180 days), both dated and approved on Wed 2024-07-10: news and e1–e3 are empty (four failing columns), notices'
 * last fresh day is 07-24.
 */
class InspectCliTest {
    @TempDir
    static Path dir;
    static InspectFixture f;
    static String site;

    @BeforeAll
    static void history() throws Exception {
        f = new InspectFixture(dir, "2024-06-28T01:00:00Z");
        f.commit(InspectorTest.B, InspectFixture.item("乙公告", "2024-07-10", InspectorTest.INDEX_NO), "2024-07-09T02:00:00Z");
        f.approve(InspectorTest.B, "2024-07-09T03:00:00Z", "2024-07-10T02:00:00Z", "2024-07-10T04:00:00Z");
        String policy = "content/policies/2024-07-10-p.md";
        f.commit(policy, InspectFixture.item("丙政策", "2024-07-10", "11320199014170123X/2024-00002"), "2024-07-09T02:00:00Z");
        f.approve(policy, "2024-07-09T03:00:00Z", "2024-07-10T02:00:00Z", "2024-07-10T04:00:00Z");
        site = f.repo.getWorkTree().toString();
    }

    @Test
    void jsonOnTheLastFreshDayHasNoVetoAndExitsZero() {
        Cli c = Cli.run("inspect", "--site", site, "--today", "2024-07-24", "--format", "json");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("\"vetoed\": false").contains("\"state\": \"SOON\"").contains("\"daysSince\": 14");
    }

    @Test
    void theFifthStaleColumnFailsTheRunAndSaysWhy() {
        Cli c = Cli.run("inspect", "--site", site, "--today", "2024-07-25", "--format", "json", "--lang", "en");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("single veto: 5 columns are stale or empty").contains("home page has not changed for 15 days");
    }

    @Test
    void htmlReportIsSelfContainedWithVetoesFirstAndCharts() throws Exception {
        Path out = dir.resolve("report.html");
        Cli c = Cli.run("inspect", "--site", site, "--today", "2024-07-25", "--output", out.toString());
        assertThat(c.exit()).isEqualTo(1);
        Document d = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(d.select("main > section").first().hasClass("veto")).isTrue();
        assertThat(d.select("section.veto li")).hasSize(2);
        assertThat(d.select("svg.chart")).hasSize(4);
        assertThat(d.select("script, link, img, iframe")).isEmpty();
        assertThat(d.select("[src], [href]")).isEmpty();
        assertThat(d.select("td.STALE")).extracting(e -> e.parent().child(0).text()).containsExactly("通知公告");
    }

    @Test
    void xlsxNeedsAFileAndHasOneSheetPerPart() throws Exception {
        assertThat(Cli.run("inspect", "--site", site, "--format", "xlsx").exit()).isEqualTo(2);
        Path out = dir.resolve("report.xlsx");
        Cli c = Cli.run("inspect", "--site", site, "--today", "2024-07-24", "--format", "xlsx", "--output", out.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(out.toFile()))) {
            assertThat(wb.getSheet("栏目更新").getLastRowNum()).isEqualTo(6);
            assertThat(wb.getSheet("栏目更新").getRow(2).getCell(7).getStringCellValue()).isEqualTo("SOON");
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("单项否决");
        }
    }

    @Test
    void statusWarnsThreeWorkingDaysBeforeAColumnGoesStale() {
        // 07-24 is notices' last fresh day; from 07-18 there are four working days to it, from 07-19 three
        assertThat(Cli.run("status", "--site", site, "--today", "2024-07-18").err()).doesNotContain("column.stale-soon");
        Cli soon = Cli.run("status", "--site", site, "--today", "2024-07-19");
        assertThat(soon.err()).contains("column.stale-soon").contains("通知公告").contains("2024-07-24");
        assertThat(Cli.run("status", "--site", site, "--today", "2024-07-18", "--stale-lead", "4").err())
                .contains("column.stale-soon");
    }

    @Test
    void checkWarnsOfStaleAndSoonStaleColumnsAtTheirConfigLine() {
        Cli c = Cli.run("check", "--site", site, "--today", "2024-07-22", "--lang", "en");
        assertThat(c.out()).containsPattern("site-config\\.yml:\\d+:\\d+.*column\\.stale-soon.*notices")
                .contains("column.stale").contains("Column 'e1' has no published item");
    }
}
