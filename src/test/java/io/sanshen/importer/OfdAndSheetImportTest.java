package io.sanshen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.attachment.WordFixtures;
import io.sanshen.testkit.SiteFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;

class OfdAndSheetImportTest {
    @TempDir
    Path site;
    @TempDir
    Path desk;

    SiteConfig config;

    @BeforeEach
    void writeSite() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        config = ConfigLoader.load(site).config().orElseThrow();
    }

    private ImportResult importFile(Path file, String column) throws Exception {
        return new Importer(config, site, ImporterTest.TODAY).importFile(file, Optional.ofNullable(column), false);
    }

    @Test
    void importsAnOfdWithItsTextImagesAndMetadata() throws Exception {
        Path png = Files.write(desk.resolve("seal.png"), Docs.png());
        Path file = desk.resolve("notice.ofd");
        try (OFDDoc ofd = new OFDDoc(file)) {
            ofd.add(new Paragraph("测政办发〔2026〕9号"));
            ofd.add(new Paragraph("关于做好防汛工作的通知"));
            ofd.add(new Paragraph("各镇人民政府："));
            ofd.add(new Paragraph("请做好汛期值班值守。"));
            ofd.add(new Img(20, 15, png));
            ofd.add(new Paragraph("2026年5月20日"));
        }
        ImportResult r = importFile(file, null);

        String text = Files.readString(site.resolve(r.path()));
        assertThat(r.path()).isEqualTo("content/notices/2026-06-01-notice/index.md");
        assertThat(text).contains("title: \"关于做好防汛工作的通知\"", "doc-no: \"测政办发〔2026〕9号\"",
                "created: 2026-05-20", "genre: 通知");
        assertThat(text.substring(text.indexOf("---\n\n") + 5)).isEqualTo("""
                各镇人民政府：

                请做好汛期值班值守。

                ![图片](image-1.png)
                """);
        assertThat(site.resolve("content/notices/2026-06-01-notice/image-1.png")).exists();
        assertThat(r.missing()).extracting(t -> t.en()).anyMatch(s -> s.startsWith("OFD is a layout format"));
    }

    @Test
    void masksAPublicNoticeSpreadsheetAndShowsTheMasking() throws Exception {
        Path file = desk.resolve("shortlist.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("名单");
            s.createRow(0).createCell(0).setCellValue("2026年公开招聘拟聘用人员公示");
            String[][] rows = {{"序号", "姓名", "身份证号", "联系电话"},
                {"1", "张伟", WordFixtures.ID_NUMBER, "13812345678"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i + 2);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
        }
        ImportResult r = importFile(file, "rsxx");

        String text = Files.readString(site.resolve(r.path()));
        assertThat(r.path()).isEqualTo("content/xxgk/rsxx/2026-06-01-shortlist.md");
        assertThat(text).contains("title: \"2026年公开招聘拟聘用人员公示\"", "genre: 公示");
        assertThat(text.substring(text.indexOf("---\n\n") + 5)).isEqualTo("""
                | 序号 | 姓名 | 身份证号 | 联系电话 |
                | --- | --- | --- | --- |
                | 1 | 张伟 | 1101**********4514 | 138****5678 |
                """);
        assertThat(r.masked()).isEqualTo(2);
        assertThat(r.maskDiff()).contains("-| 1 | 张伟 | " + WordFixtures.ID_NUMBER + " | 13812345678 |",
                "+| 1 | 张伟 | 1101**********4514 | 138****5678 |");
        assertThat(text).doesNotContain(WordFixtures.ID_NUMBER, "13812345678");
    }

    @Test
    void importsACsvList() throws Exception {
        Path file = Files.writeString(desk.resolve("list.csv"), "\uFEFF拟表彰名单公示\n序号,单位,备注\n1,\"区财政局, 预算科\",\"说\"\"明\"\"\"\n");
        ImportResult r = importFile(file, "xxgk");
        String text = Files.readString(site.resolve(r.path()));
        assertThat(text).contains("title: \"拟表彰名单公示\"").endsWith("""
                ---

                | 序号 | 单位 | 备注 |
                | --- | --- | --- |
                | 1 | 区财政局, 预算科 | 说"明" |
                """);
    }
}
