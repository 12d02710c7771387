package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Lang;
import io.sanshen.testkit.SiteFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing gate for attachments, as an editor would try it: a bundle whose page is clean but whose attachment
 * a check blocks (an executable, a zip bomb, a corrupt workbook, a scriptable SVG) must stay offline as a whole —
 * page and every file — and the build must say which attachment and which rule kept it out.
 */
class AttachmentGateTest {
    static final String BUNDLE = "content/notices/2026-05-10-tools/";
    static final String INDEX = BUNDLE + "index.md";
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path tmp;

    private Path site;

    private BuildReport buildWith(String file, byte[] bytes) throws Exception {
        site = tmp.resolve("site");
        SiteFiles.write(site, SiteFiles.CONFIG + "-- " + INDEX + " --\n" + index() + """
                -- content/news/2026-05-01-ok.md --
                ---
                title: 无附件的稿件照常发布
                date: 2026-05-01
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                正文。
                """);
        Files.write(site.resolve(BUNDLE + file), bytes);
        SiteBuildTest.copyTemplates(site);
        return new SiteBuild(new BuildOptions(site, tmp.resolve("public"), false, false, TODAY, true)).run();
    }

    static String index() {
        return """
                ---
                title: 关于下载工具的通知
                date: 2026-05-10
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                请下载附件。
                """;
    }

    private void assertOffline(BuildReport report, String file, String rule) {
        Path out = tmp.resolve("public");
        assertThat(out.resolve("news/2026-05-01-ok.html")).exists();
        assertThat(out.resolve("notices/2026-05-10-tools.html")).doesNotExist();
        assertThat(out.resolve("notices/2026-05-10-tools/" + file)).doesNotExist();
        assertThat(report.excluded()).extracting(Exclusion::path).containsExactly(INDEX);
        assertThat(report.excluded().get(0).reason().zh()).contains(rule).contains(file);
        assertThat(report.excluded().get(0).reason().en()).contains(rule).contains(file);
        assertThat(report.details(Lang.ZH)).anyMatch(l -> l.contains(INDEX) && l.contains(rule) && l.contains(file));
    }

    @Test
    void anExecutableAttachmentKeepsItsBundleOffline() throws Exception {
        BuildReport r = buildWith("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertOffline(r, "setup.exe", "attachment.type");
    }

    @Test
    void aZipBombDocxKeepsItsBundleOffline() throws Exception {
        BuildReport r = buildWith("bomb.docx", zipBomb());
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("attachment.unchecked") && f.isBlocker()
                && f.pos().path().equals(BUNDLE + "bomb.docx"));
        assertOffline(r, "bomb.docx", "attachment.unchecked");
    }

    @Test
    void aTruncatedOfficeFileKeepsItsBundleOffline() throws Exception {
        byte[] docx = docx();
        BuildReport r = buildWith("budget.docx", Arrays.copyOf(docx, docx.length / 2));
        assertOffline(r, "budget.docx", "attachment.unchecked");
    }

    @Test
    void aScriptedSvgKeepsItsBundleOffline() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <rect width="10" height="10"/>
                  <script>fetch('/admin').then(r => r.text())</script>
                </svg>
                """;
        BuildReport r = buildWith("chart.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertOffline(r, "chart.svg", "attachment.active-content");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("attachment.active-content")).singleElement()
                .satisfies(f -> assertThat(f.pos().toString()).isEqualTo(BUNDLE + "chart.svg:3:3"));
    }

    @Test
    void anHtmlAttachmentKeepsItsBundleOfflineEvenWhenTheSiteAllowsTheType() throws Exception {
        BuildReport r = buildWith("page.html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
        assertOffline(r, "page.html", "attachment.type");
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml"))
                + "checks:\n  attachment-types: [pdf, html]\n");
        BuildReport allowed = new SiteBuild(new BuildOptions(site, tmp.resolve("public"), false, false, TODAY, true)).run();
        assertOffline(allowed, "page.html", "attachment.active-content");
    }

    @Test
    void aScriptedSvgOutsideABundleIsNotCopiedAndTheItemShowingItStaysOffline() throws Exception {
        site = tmp.resolve("site");
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/2026-05-01-chart.md --
                ---
                title: 统计图
                date: 2026-05-01
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                见下图。

                ![统计图](../images/chart.svg)
                -- content/images/chart.svg --
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>
                -- content/images/clean.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>
                """);
        SiteBuildTest.copyTemplates(site);
        BuildReport r = new SiteBuild(new BuildOptions(site, tmp.resolve("public"), false, false, TODAY, true)).run();
        Path out = tmp.resolve("public");
        assertThat(out.resolve("images/chart.svg")).doesNotExist();
        assertThat(out.resolve("images/clean.svg")).exists();
        assertThat(out.resolve("news/2026-05-01-chart.html")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path)
                .containsExactlyInAnyOrder("content/news/2026-05-01-chart.md", "content/images/chart.svg");
        assertThat(r.excluded()).allSatisfy(e -> assertThat(e.reason().zh()).contains("attachment.active-content"));
    }

    @Test
    void aSignedApprovalDoesNotCarryABlockedAttachmentOnline() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        String exe = BUNDLE + "setup.exe";
        s.write(INDEX, ReviewedSite.item("关于下载工具的通知", ReviewedSite.TODAY, "请下载附件。"));
        Files.write(s.root.resolve(exe), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        s.commitAll("tools");
        String[] who = {"信息员甲", "科长乙", "分管丙"};
        for (int level = 1; level <= 3; level++) {
            s.recordDirectly(who[level - 1], level, INDEX, List.of());
            s.recordDirectly(who[level - 1], level, exe, List.of());
        }
        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("notices/2026-05-10-tools.html")).doesNotExist();
        assertThat(s.out(false).resolve("notices/2026-05-10-tools/setup.exe")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(INDEX);
        assertThat(r.excluded().get(0).reason().zh()).contains("attachment.type").contains("setup.exe");
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("报名表");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A valid docx plus one entry of 8 MB of zeros: far below POI's inflate ratio. */
    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("word/padding.xml"));
            zip.write(new byte[8 << 20]);
        }
        return out.toByteArray();
    }
}
