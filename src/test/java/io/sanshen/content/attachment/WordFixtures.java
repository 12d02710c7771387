package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Calendar;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** Real DOCX files built with POI at test time. */
public final class WordFixtures {

    public static final String ID_NUMBER = "110101199003074514";

    private WordFixtures() {
    }

    /**
     * Paragraphs 1-2 in the body, a 2x2 table (paragraphs 3-6), paragraph 7 after it; a header, a footer and a
     * footnote.
     */
    static XWPFDocument clean() {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("关于开展安全检查的通知");
        doc.createParagraph().createRun().setText("联系人身份证号 " + ID_NUMBER);
        XWPFTable table = doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("姓名");
        table.getRow(0).getCell(1).setText("电话");
        table.getRow(1).getCell(0).setText("张三");
        table.getRow(1).getCell(1).setText("13812345678");
        doc.createParagraph().createRun().setText("特此通知。");
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("某某区人民政府");
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚 联系电话 010-12345678");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("脚注：依据有关规定");
        doc.getParagraphArray(2).createRun().getCTR().addNewFootnoteReference().setId(note.getId());
        return doc;
    }

    /** Paragraph 1 carries a tracked insertion by 张三 and a tracked deletion by 李四 of an ID number. */
    public static XWPFDocument withTrackedChanges() {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("原有文字。");
        CTP ctp = p.getCTP();
        CTRunTrackChange ins = ctp.addNewIns();
        ins.setId(BigInteger.ONE);
        ins.setAuthor("张三");
        ins.setDate(Calendar.getInstance());
        ins.addNewR().addNewT().setStringValue("新增的一句话。");
        CTRunTrackChange del = ctp.addNewDel();
        del.setId(BigInteger.TWO);
        del.setAuthor("李四");
        del.setDate(Calendar.getInstance());
        del.addNewR().addNewDelText().setStringValue("身份证号" + ID_NUMBER);
        doc.createParagraph().createRun().setText("没有修订的段落。");
        return doc;
    }

    /** Paragraph 2 is commented on by 王五. */
    public static XWPFDocument withComment() {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("第一段。");
        XWPFParagraph p = doc.createParagraph();
        BigInteger id = BigInteger.ZERO;
        p.getCTP().addNewCommentRangeStart().setId(id);
        p.createRun().setText("被批注的段落。");
        p.getCTP().addNewCommentRangeEnd().setId(id);
        p.createRun().getCTR().addNewCommentReference().setId(id);
        XWPFComment comment = doc.createComments().createComment(id);
        comment.setAuthor("王五");
        comment.createParagraph().createRun().setText("请核实电话 13812345678");
        return doc;
    }

    /** A picture in word/media taken with GPS on. */
    static XWPFDocument withPicture(byte[] jpeg) throws Exception {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("现场照片：");
        doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(jpeg), PictureType.JPEG,
                "site.jpg", 100_000, 100_000);
        return doc;
    }

    static XWPFDocument withAuthor(String author) {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("正文");
        doc.getProperties().getCoreProperties().setCreator(author);
        return doc;
    }

    public static byte[] bytes(XWPFDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }
}
