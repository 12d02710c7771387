package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

class DocxInspectionTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void extractsBodyTableCellsHeaderFooterAndFootnoteWithParagraphLocations() throws Exception {
        Inspection result = inspector.inspect("通知.docx", WordFixtures.bytes(WordFixtures.clean()));

        assertThat(result.type()).isEqualTo(AttachmentType.DOCX);
        assertThat(result.errors()).isEmpty();
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text).containsExactly(
                tuple("第1段", "关于开展安全检查的通知"),
                tuple("第2段", "联系人身份证号 " + WordFixtures.ID_NUMBER),
                tuple("第3段", "姓名"),
                tuple("第4段", "电话"),
                tuple("第5段", "张三"),
                tuple("第6段", "13812345678"),
                tuple("第7段", "特此通知。"),
                tuple("页眉1 第1段", "某某区人民政府"),
                tuple("页脚1 第1段", "页脚 联系电话 010-12345678"),
                tuple("脚注 第1段", "脚注：依据有关规定"));
        assertThat(result.segments().get(7).locator().display("en")).isEqualTo("header 1, paragraph 1");
    }

    @Test
    void cleanDocumentHasNoLeaks() throws Exception {
        Inspection result = inspector.inspect("通知.docx", WordFixtures.bytes(WordFixtures.clean()));

        assertThat(result.leaks()).isEmpty();
        assertThat(result.blocksPublication()).isFalse();
    }

    @Test
    void trackedChangesAreABlockerAtTheirParagraphAndDeletedTextIsStillChecked() throws Exception {
        Inspection result = inspector.inspect("修订稿.docx", WordFixtures.bytes(WordFixtures.withTrackedChanges()));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.TRACKED_CHANGES);
            assertThat(leak.where()).isEqualTo(Locator.paragraph(1));
            assertThat(leak.detail()).isEqualTo("w:del×1, w:ins×1; authors: 张三, 李四");
            assertThat(leak.severity()).isEqualTo(LeakSeverity.BLOCKER);
        });
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text).contains(
                tuple("第1段", "原有文字。新增的一句话。"),
                tuple("第1段", "身份证号" + WordFixtures.ID_NUMBER));
        assertThat(result.blocksPublication()).isTrue();
    }

    @Test
    void commentsAreABlockerAnchoredAtTheCommentedParagraphWithTheirTextExtracted() throws Exception {
        Inspection result = inspector.inspect("批注稿.docx", WordFixtures.bytes(WordFixtures.withComment()));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.COMMENTS);
            assertThat(leak.where()).isEqualTo(Locator.paragraph(2));
            assertThat(leak.detail()).isEqualTo("id 0; author: 王五");
        });
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text)
                .contains(tuple("批注 第1段", "请核实电话 13812345678"));
    }

    @Test
    void embeddedPictureWithGpsIsABlockerNamingThePart() throws Exception {
        byte[] photo = ExifGpsJpeg.withGps(39, 54, 15.0, 116, 24, 26.4);
        Inspection result = inspector.inspect("现场.docx", WordFixtures.bytes(WordFixtures.withPicture(photo)));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.GPS_LOCATION);
            assertThat(leak.where().kind()).isEqualTo(Locator.Kind.PART);
            assertThat(leak.where().part()).startsWith("word/media/");
            assertThat(leak.detail()).isEqualTo("39.9042,116.4073");
        });
    }

    @Test
    void embeddedPictureWithoutGpsIsClean() throws Exception {
        byte[] photo = ExifGpsJpeg.plainJpeg();
        Inspection result = inspector.inspect("现场.docx", WordFixtures.bytes(WordFixtures.withPicture(photo)));

        assertThat(result.leaks()).isEmpty();
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void authorInCorePropertiesIsAnInfoLeak() throws Exception {
        Inspection result = inspector.inspect("a.docx", WordFixtures.bytes(WordFixtures.withAuthor("赵六")));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.PERSONAL_METADATA);
            assertThat(leak.severity()).isEqualTo(LeakSeverity.INFO);
            assertThat(leak.detail()).isEqualTo("author=赵六");
        });
        assertThat(result.blocksPublication()).isFalse();
    }

    @Test
    void formattingRevisionIsATrackedChangeToo() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFRun run = doc.createParagraph().createRun();
        run.setText("加粗的文字");
        run.setBold(true);
        CTTrackChange change = run.getCTR().getRPr().addNewRPrChange();
        change.setId(BigInteger.TEN);
        change.setAuthor("周七");

        Inspection result = inspector.inspect("格式.docx", WordFixtures.bytes(doc));

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(Locator.paragraph(1), LeakKind.TRACKED_CHANGES, "w:rPrChange×1; authors: 周七"));
    }

    @Test
    void tableRowInsertionOutsideAnyParagraphIsReportedForTheWholeFile() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable table = doc.createTable(1, 1);
        table.getRow(0).getCell(0).setText("新行");
        CTTrackChange ins = table.getRow(0).getCtRow().addNewTrPr().addNewIns();
        ins.setId(BigInteger.ONE);
        ins.setAuthor("张三");

        Inspection result = inspector.inspect("表格.docx", WordFixtures.bytes(doc));

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(Locator.document(), LeakKind.TRACKED_CHANGES, "1 revision marks outside paragraphs"));
    }
}
