package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.TimeZones;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path site;
    @TempDir
    Path desk;

    private Path docx(String... paragraphs) throws Exception {
        Path file = desk.resolve("tongzhi.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    @Test
    void importsPrintsWhatItFilledAndChecksTheItem() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        Path file = docx("测政办发〔2026〕3号", "关于调整办公时间的通知", "各有关单位：", "自下月起调整办公时间。",
                "区政府办公室", "2026年5月8日");
        Cli r = Cli.run("import", file.toString(), "--site", site.toString());
        String path = "content/notices/" + TimeZones.todayInChina() + "-tongzhi.md";
        assertThat(r.out()).as(r.err()).contains("已导入 " + path, "已填写：", "  文号 doc-no：测政办发〔2026〕3号",
                "  成文日期 created：2026-05-08", "  栏目（推荐）：notices");
        assertThat(site.resolve(path)).exists();
        // check ran on the new item: the draft flag keeps it off the portal and is reported as such
        assertThat(r.out()).contains(path);
        assertThat(r.exit()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);

        Cli again = Cli.run("import", file.toString(), "--site", site.toString(), "--lang", "en");
        assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("item exists", "--force").doesNotContain("Exception");
    }

    @Test
    void refusesADocumentWithTrackedChangesWithoutAStackTrace() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG);
        Path file = Files.write(desk.resolve("x.docx"), io.sanshen.content.attachment.WordFixtures.bytes(
                io.sanshen.content.attachment.WordFixtures.withTrackedChanges()));
        Cli r = Cli.run("import", file.toString(), "--site", site.toString(), "--column", "news");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("修订").doesNotContain("at io.sanshen");
        assertThat(site.resolve("content/news")).doesNotExist();
    }
}
