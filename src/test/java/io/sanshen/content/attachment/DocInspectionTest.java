package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * POI cannot write a Word 97 file from scratch, so the DOC files under src/test/resources were made by another
 * route: the DOCX fixtures of {@link WordFixtures} saved by POI, then converted with LibreOffice 7.4
 * ({@code soffice --headless --convert-to 'doc:MS Word 97'}), which keeps tables, header, footer, footnote,
 * comments and tracked changes. See make-doc-fixtures.sh beside them.
 */
class DocInspectionTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DocInspectionTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void extractsParagraphsTableCellsHeaderFooterAndFootnoteNumberedLikeDocx() throws Exception {
        Inspection result = inspector.inspect("通知.doc", resource("clean.doc"));

        assertThat(result.type()).isEqualTo(AttachmentType.DOC);
        assertThat(result.errors()).isEmpty();
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text).containsExactly(
                tuple("第1段", "关于开展安全检查的通知"),
                tuple("第2段", "联系人身份证号 " + WordFixtures.ID_NUMBER),
                tuple("第3段", "姓名"),
                tuple("第4段", "电话"),
                tuple("第5段", "张三"),
                tuple("第6段", "13812345678"),
                tuple("第7段", "特此通知。"),
                tuple("页眉页脚 第1段", "某某区人民政府"),
                tuple("页眉页脚 第3段", "页脚 联系电话 010-12345678"),
                tuple("脚注 第1段", "脚注：依据有关规定"));
    }

    @Test
    void cleanDocHasNoLeaks() throws Exception {
        assertThat(inspector.inspect("通知.doc", resource("clean.doc")).leaks()).isEmpty();
    }

    @Test
    void revisionMarksInADocAreTrackedChangesAtTheirParagraph() throws Exception {
        Inspection result = inspector.inspect("修订稿.doc", resource("tracked.doc"));

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(Locator.paragraph(1), LeakKind.TRACKED_CHANGES,
                        "inserted runs×1, deleted runs×1"));
        assertThat(result.segments().get(0).text()).contains(WordFixtures.ID_NUMBER);
    }

    @Test
    void commentsInADocAreABlockerWithTheirTextExtracted() throws Exception {
        Inspection result = inspector.inspect("批注稿.doc", resource("comment.doc"));

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind)
                .containsExactly(tuple(Locator.document(), LeakKind.COMMENTS));
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text)
                .contains(tuple("批注 第1段", "请核实电话 13812345678"));
    }

    @Test
    void passwordProtectedDocIsAnEncryptedBlocker() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Biff8EncryptionKey.setCurrentUserPassword("密码");
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(resource("clean.doc")))) {
            doc.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        Inspection result = inspector.inspect("通知.doc", out.toByteArray());

        assertThat(result.type()).isEqualTo(AttachmentType.DOC);
        assertThat(result.leaks()).extracting(LeakFinding::kind).containsExactly(LeakKind.ENCRYPTED);
        assertThat(result.segments()).isEmpty();
    }
}
