package io.sanshen.ledger;

import static io.sanshen.ledger.LedgerFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFormatTest {
    @TempDir
    Path tmp;

    private static byte[] write(LedgerFormat format, Ledger ledger) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(ledger, out);
        return out.toByteArray();
    }

    private LedgerFixture approved() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "关于\"三审\"的通知", false);
        f.approveChain();
        return f;
    }

    @Test
    void csvStartsWithBomAndQuotesCommasAndQuotes() throws Exception {
        LedgerFixture f = approved();
        byte[] bytes = write(LedgerFormat.CSV, f.ledger());
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("时间,操作,审核级别,信息路径,信息标题,签名人,角色,单位,密钥指纹");
        String blob = f.blob(ITEM).name();
        assertThat(lines.get(2)).startsWith("2024-05-22 10:00:00,审核通过,二审," + ITEM + ",\"关于\"\"三审\"\"的通知\",科长乙,责任科室负责人,区政府办公室,SHA256:")
                .contains("," + blob + ",").endsWith(",\"同意,报分管领导\",文字");
        assertThat(lines.get(4)).startsWith("2024-05-23 10:00:00,发布,三审,");
    }

    @Test
    void csvNeutralisesFormulaCells() {
        assertThat(CsvLedgerWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvLedgerWriter.cell("同意")).isEqualTo("同意");
    }

    @Test
    void xlsxHasBoldFrozenHeaderRealDatesAndIgnoredSheet() throws Exception {
        LedgerFixture f = approved();
        f.approve("主任丁", 1, "无权", "2024-05-24T02:00:00Z");
        byte[] bytes = write(LedgerFormat.XLSX, f.ledger());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet("审核台账");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Cell head = sheet.getRow(0).getCell(0);
            assertThat(head.getStringCellValue()).isEqualTo("时间");
            assertThat(wb.getFontAt(head.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(8)).isGreaterThan(40 * 256);
            Cell time = sheet.getRow(1).getCell(0);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
            assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 5, 21, 10, 0));
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("科长乙");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("发布");
            Sheet ignored = wb.getSheet("被忽略的记录");
            assertThat(ignored.getLastRowNum()).isEqualTo(1);
            assertThat(ignored.getRow(1).getCell(1).getStringCellValue()).isEqualTo(ITEM);
            assertThat(ignored.getRow(1).getCell(2).getStringCellValue()).isEqualTo("审核人不具备该级别的角色");
        }
    }

    @Test
    void htmlListsRowsAndIgnoredRecordsApartWithEscaping() throws Exception {
        LedgerFixture f = approved();
        f.record("科长乙", ApprovalRecord.Action.WITHDRAW, ApprovalRecord.Level.of(0), "<b>过期</b>", List.of(),
                "2024-06-01T02:00:00Z");
        f.approve("主任丁", 1, "无权", "2024-06-02T02:00:00Z");
        Document doc = Jsoup.parse(new String(write(LedgerFormat.HTML, f.ledger()), StandardCharsets.UTF_8));
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("style").html()).contains("@page").contains("A4");
        assertThat(doc.select("#ledger tbody tr.entry")).hasSize(5);
        assertThat(doc.select("#ledger tbody tr.entry").last().select("td").get(1).text()).isEqualTo("撤稿");
        assertThat(doc.select("#ledger tbody tr.entry").last().select("td").get(6).text()).isEqualTo("<b>过期</b>");
        assertThat(doc.select("#ignored tbody tr")).hasSize(1);
        assertThat(doc.select("#ignored td").get(2).text()).isEqualTo("审核人不具备该级别的角色");
    }
}
