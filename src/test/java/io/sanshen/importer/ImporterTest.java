package io.sanshen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.attachment.WordFixtures;
import io.sanshen.testkit.SiteFiles;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class ImporterTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path site;
    @TempDir
    Path desk;

    SiteConfig config;

    @BeforeEach
    void writeSite() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/notices/2026-01-05-older.md --
                ---
                title: 旧通知
                index-no: 11320199014170123X/2026-00003
                ---
                正文。
                """);
        config = ConfigLoader.load(site).config().orElseThrow();
    }

    private ImportResult importFile(Path file, String column) throws Exception {
        return new Importer(config, site, TODAY).importFile(file, Optional.ofNullable(column), false);
    }

    static Path gongwen(Path dir) throws Exception {
        return new Docs().centered("测试区人民政府办公室文件").centered("测政办发〔2026〕7号")
                .centered("关于开展安全生产大检查的通知").text("各镇人民政府，区各有关部门：")
                .text("为切实做好安全生产工作，经区政府同意，决定开展安全生产大检查。")
                .text("请各单位于6月30日前报送检查情况。")
                .text("附件：1. 安全生产检查表").text("2. 检查组名单")
                .right("测试区人民政府办公室").right("2026年5月22日").text("（此件公开发布）")
                .text("测试区人民政府办公室 2026年5月23日印发")
                .save(dir.resolve("anjian.docx"));
    }

    @Test
    void readsEveryGbt9704ElementIntoFrontMatter() throws Exception {
        ImportResult r = importFile(gongwen(desk), null);

        assertThat(r.path()).isEqualTo("content/notices/2026-06-01-anjian/index.md");
        assertThat(Files.readString(site.resolve(r.path()))).isEqualTo("""
                ---
                title: "关于开展安全生产大检查的通知"
                index-no: 11320199014170123X/2026-00004
                publisher: "区政府办公室"
                source: "测试区人民政府办公室"
                created: 2026-05-22
                date: 2026-06-01
                doc-no: "测政办发〔2026〕7号"
                topic: 综合政务
                genre: 通知
                category: 政务动态
                disclosure: 主动公开
                important: false
                draft: true            # 核对导入结果后删除此行，提交审核
                attachments:           # 附件说明所列附件：请把文件放进本目录并填写 file
                  - file: ""
                    title: "安全生产检查表"
                  - file: ""
                    title: "检查组名单"
                ---

                各镇人民政府，区各有关部门：

                为切实做好安全生产工作，经区政府同意，决定开展安全生产大检查。

                请各单位于6月30日前报送检查情况。
                """);
        assertThat(r.filled()).extracting(f -> f.field().en() + "=" + f.value()).contains("column (suggested)=notices",
                "issuer mark (发文机关标志)=测试区人民政府办公室文件", "addressee (主送机关, kept atop the body)=各镇人民政府，区各有关部门",
                "doc-no=测政办发〔2026〕7号", "genre (from the title)=通知", "created=2026-05-22");
        assertThat(r.missing()).extracting(t -> t.zh()).contains("未导入版记/附注：（此件公开发布）",
                "未导入版记/附注：测试区人民政府办公室 2026年5月23日印发");
    }

    @Test
    void keepsHeadingsListsEmphasisTablesImagesAndFootnotes() throws Exception {
        Docs d = new Docs().heading(1, "关于2026年民生实事项目进展情况的报告").heading(2, "一、总体进展")
                .bold("第一条", "　项目按计划推进。").numbered("道路改造").numbered("学校扩建");
        XWPFTable plain = d.doc.createTable(2, 2);
        plain.getRow(0).getCell(0).setText("项目");
        plain.getRow(0).getCell(1).setText("进度");
        plain.getRow(1).getCell(0).setText("道路|改造");
        plain.getRow(1).getCell(1).setText("80%");
        XWPFTable merged = d.doc.createTable(3, 2);
        merged.getRow(0).getCell(0).setText("类别");
        merged.getRow(0).getCell(1).setText("项目");
        merged.getRow(1).getCell(0).setText("交通");
        merged.getRow(1).getCell(1).setText("道路");
        merged.getRow(2).getCell(1).setText("桥梁");
        vMerge(merged.getRow(1).getCell(0), STMerge.RESTART);
        vMerge(merged.getRow(2).getCell(0), STMerge.CONTINUE);
        d.picture(Docs.png());
        XWPFParagraph withNote = d.para("资金已全部到位");
        XWPFFootnote note = d.doc.createFootnote();
        note.createParagraph().createRun().setText("数据截至5月底。");
        withNote.addFootnoteReference(note);
        ImportResult r = importFile(d.save(desk.resolve("report.docx")), "news");

        String text = Files.readString(site.resolve(r.path()));
        assertThat(r.path()).isEqualTo("content/news/2026-06-01-report/index.md");
        assertThat(text.substring(text.indexOf("---\n\n") + 5)).isEqualTo("""
                ## 一、总体进展

                **第一条**　项目按计划推进。

                1. 道路改造
                2. 学校扩建

                | 项目 | 进度 |
                | --- | --- |
                | 道路\\|改造 | 80% |

                <table>
                <tr><th>类别</th><th>项目</th></tr>
                <tr><td rowspan="2">交通</td><td>道路</td></tr>
                <tr><td>桥梁</td></tr>
                </table>

                ![chart.png](image-1.png)

                资金已全部到位[^{id}]

                [^{id}]: 数据截至5月底。
                """.replace("{id}", note.getId().toString()));
        assertThat(text).contains("title: \"关于2026年民生实事项目进展情况的报告\"", "genre: 报告");
        assertThat(site.resolve("content/news/2026-06-01-report/image-1.png")).hasBinaryContent(Docs.png());
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }

    @Test
    void refusesTrackedChangesAndComments() throws Exception {
        Path changes = Files.write(desk.resolve("changes.docx"), WordFixtures.bytes(WordFixtures.withTrackedChanges()));
        Path comments = Files.write(desk.resolve("comments.docx"), WordFixtures.bytes(WordFixtures.withComment()));
        assertThatThrownBy(() -> importFile(changes, "news")).isInstanceOf(ImportRefusal.class)
                .hasMessageContaining("tracked changes");
        assertThatThrownBy(() -> importFile(comments, "news")).isInstanceOf(ImportRefusal.class)
                .hasMessageContaining("comments");
        assertThat(site.resolve("content/news")).doesNotExist();
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path file = new Docs().heading(1, "第一稿").text("原文。").save(desk.resolve("draft.docx"));
        ImportResult first = importFile(file, "news");
        Files.writeString(site.resolve(first.path()), "编辑改过的稿件");
        assertThatThrownBy(() -> importFile(file, "news")).isInstanceOf(ImportRefusal.class)
                .hasMessageContaining("--force");
        assertThat(site.resolve(first.path())).hasContent("编辑改过的稿件");
        new Importer(config, site, TODAY).importFile(file, Optional.of("news"), true);
        assertThat(Files.readString(site.resolve(first.path()))).contains("原文。");
    }

    @Test
    void writesOnlyInsideTheColumnWhateverTheFileIsCalled() throws Exception {
        Path file = new Docs().heading(1, "标题").text("正文。").save(desk.resolve("..%2F..%2Fescape.docx"));
        ImportResult r = importFile(file, "news");
        assertThat(r.path()).startsWith("content/news/2026-06-01-").doesNotContain("..");
        assertThatThrownBy(() -> importFile(file, "nosuch")).isInstanceOf(ImportRefusal.class)
                .hasMessageContaining("Unknown column 'nosuch'");
    }

    @Test
    void unknownFileTypeIsRefusedWithTheSupportedList() throws Exception {
        Path file = Files.writeString(desk.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> importFile(file, "news")).isInstanceOf(ImportRefusal.class)
                .hasMessageContaining(".docx, .doc, .wps, .ofd, .xlsx or .csv");
        Path broken = Files.writeString(desk.resolve("broken.docx"), "not a zip");
        assertThatThrownBy(() -> importFile(broken, "news")).isInstanceOf(ImportRefusal.class);
    }
}
