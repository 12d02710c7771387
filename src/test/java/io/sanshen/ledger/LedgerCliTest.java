package io.sanshen.ledger;

import static io.sanshen.ledger.LedgerFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCliTest {
    @TempDir
    Path tmp;

    @Test
    void ledgerWritesCsvWithDateFilterAndXlsxFile() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain();
        Cli csv = Cli.run("ledger", "--site", f.site(), "--from", "2024-05-22", "--to", "2024-05-22");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out().split("\r\n")).hasSize(2);
        assertThat(csv.out()).contains(",科长乙,");
        Path xlsx = tmp.resolve("台账.xlsx");
        Cli x = Cli.run("ledger", "--site", f.site(), "--format", "xlsx", "--output", xlsx.toString());
        assertThat(x.exit()).as(x.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
            assertThat(wb.getSheet("审核台账").getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void xlsxToTerminalAndUnknownFormatAreUsageErrors() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        assertThat(Cli.run("ledger", "--site", f.site(), "--format", "xlsx").exit()).isEqualTo(2);
        Cli bad = Cli.run("ledger", "--site", f.site(), "--format", "pdf", "--lang", "en");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format");
    }

    @Test
    void formCommandWritesTheHtmlForm() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        Path out = tmp.resolve("form.html");
        Cli c = Cli.run("ledger", "form", ITEM, "--type", "发布审批表", "--site", f.site(), "--output", out.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        var doc = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(doc.select("tr.level .name").eachText()).containsExactly("信息员甲");
        assertThat(doc.select("tr.level td.opinion.pending")).hasSize(2);
        assertThat(Cli.run("ledger", "form", ITEM, "--type", "表", "--site", f.site()).exit()).isEqualTo(2);
    }

    @Test
    void helpShowsLocalizedHeaders() {
        assertThat(Cli.run("--help").out()).contains("ledger").contains("导出审核台账");
        assertThat(Cli.run("ledger", "--help", "--lang", "en").out()).contains("form").contains("Fill a printable form")
                .contains("Only records on or after this date");
        assertThat(Cli.run("ledger", "form", "--help").out()).contains("发布审批表、保密审查表或失效审批表");
    }
}
