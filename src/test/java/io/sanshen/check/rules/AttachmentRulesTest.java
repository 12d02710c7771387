package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.RuleRegistry;
import io.sanshen.check.pii.PiiKind;
import io.sanshen.content.attachment.OfdInspectionTest;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.testkit.SiteFiles;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentRulesTest {
    @TempDir
    Path dir;

    private static byte[] workbook(boolean hiddenSheet) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.getRow(0).createCell(1).setCellValue("身份证号");
            sheet.createRow(3).createCell(0).setCellValue("张三");
            sheet.getRow(3).createCell(1).setCellValue("11010519491231002X");
            sheet.createRow(5).createCell(0).setCellValue("要再接再励");
            if (hiddenSheet) {
                wb.createSheet("内部").createRow(0).createCell(0).setCellValue("备注");
                wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private List<Finding> run(String config) throws Exception {
        CheckContext ctx = RuleSites.site(dir, config + "-- rules/typos.txt --\n再接再励 => 再接再厉\n"
                + item("content/notices/c/index.md", "名单", "见附件。"));
        RuleRegistry r = new RuleRegistry();
        r.item(AttachmentTypeRule.ID, AttachmentTypeRule::new);
        r.item(AttachmentSizeRule.ID, AttachmentSizeRule::new);
        r.item(AttachmentLeakRule.ID, AttachmentLeakRule::new);
        r.item(AttachmentUncheckedRule.ID, AttachmentUncheckedRule::new);
        r.item("privacy.id-number", c -> new PrivacyRule(c, PiiKind.ID_NUMBER));
        r.item("words.typo", c -> new WordRule(c, WordRule.Kind.TYPO));
        return new CheckEngine(r).run(ctx).findings();
    }

    private void write(String name, byte[] bytes) throws Exception {
        Files.createDirectories(dir.resolve("content/notices/c"));
        Files.write(dir.resolve("content/notices/c/" + name), bytes);
    }

    @Test
    void runsWordAndPrivacyRulesOverAttachmentTextWithLocators() throws Exception {
        write("预算表.xlsx", workbook(false));
        List<Finding> f = run(SiteFiles.CONFIG);
        assertThat(f).extracting(Finding::ruleId).containsExactlyInAnyOrder("privacy.id-number", "words.typo");
        Finding id = f.stream().filter(x -> x.ruleId().equals("privacy.id-number")).findFirst().orElseThrow();
        assertThat(id.pos().toString()).isEqualTo("content/notices/c/预算表.xlsx");
        assertThat(id.message().zh()).startsWith("附件 预算表.xlsx Sheet1!B4：");
        assertThat(id.message().en()).startsWith("Attachment 预算表.xlsx Sheet1!B4: ");
        assertThat(f).filteredOn(x -> x.ruleId().equals("words.typo")).singleElement()
                .satisfies(x -> assertThat(x.message().zh()).contains("Sheet1!A6"));
    }

    @Test
    void scansOfdAttachmentsLikePdfForWordsAndPersonalInformation() throws Exception {
        write("名单.ofd", OfdInspectionTest.ofd(List.of("拟表彰名单", "张三 11010519491231002X", "要再接再励")));
        List<Finding> f = run(SiteFiles.CONFIG);
        assertThat(f).filteredOn(x -> !x.ruleId().equals("attachment.unchecked") || x.isBlocker())
                .extracting(Finding::ruleId).containsExactlyInAnyOrder("privacy.id-number", "words.typo");
        assertThat(f).filteredOn(x -> x.ruleId().equals("privacy.id-number")).singleElement()
                .satisfies(x -> assertThat(x.message().zh()).startsWith("附件 名单.ofd 第2页："));
    }

    @Test
    void reportsHiddenSheetsForbiddenTypesLyingExtensionsAndSize() throws Exception {
        write("a.xlsx", workbook(true));
        write("b.exe", new byte[] {'M', 'Z', 0, 0});
        write("c.pdf", workbook(false));
        write("d.txt", new byte[2 * 1024 * 1024]);
        List<Finding> f = run(SiteFiles.CONFIG + "checks:\n  max-attachment-mb: 1\n");
        assertThat(f).filteredOn(x -> x.ruleId().startsWith("attachment.") && x.isBlocker())
                .extracting(x -> x.ruleId() + " " + x.pos().path().substring("content/notices/c/".length()))
                .contains("attachment.leak a.xlsx", "attachment.type b.exe", "attachment.type c.pdf", "attachment.size d.txt");
        assertThat(f).filteredOn(x -> x.ruleId().equals("attachment.leak")).singleElement()
                .satisfies(x -> assertThat(x.message().zh()).contains("隐藏工作表").contains("内部"));
    }

    @Test
    void cleanAttachmentsRaiseNothingAboveInfo() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("预算").createRow(0).createCell(0).setCellValue("一般公共预算收入 12.5 亿元");
            wb.write(out);
            write("预算.xlsx", out.toByteArray());
        }
        assertThat(run(SiteFiles.CONFIG)).allMatch(x -> x.severity() == Severity.INFO);
    }
}
