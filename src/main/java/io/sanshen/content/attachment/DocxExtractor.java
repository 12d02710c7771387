package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Text and leaks of a Word 2007+ document: body, tables (each cell paragraph counts as a paragraph), headers,
 * footers, footnotes, endnotes and comments, each story numbered on its own; tracked changes per paragraph.
 */
final class DocxExtractor {

    private final InspectionSink sink;
    private final Map<String, Locator> commentAnchors = new HashMap<>();
    private int revisionsInParagraphs;

    private DocxExtractor(InspectionSink sink) {
        this.sink = sink;
    }

    static void extract(byte[] bytes, InspectionSink sink) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            new DocxExtractor(sink).run(doc);
        }
    }

    private void run(XWPFDocument doc) {
        new Story(null).elements(doc.getBodyElements());
        for (int i = 0; i < doc.getHeaderList().size(); i++) {
            new Story("header" + (i + 1)).elements(doc.getHeaderList().get(i).getBodyElements());
        }
        for (int i = 0; i < doc.getFooterList().size(); i++) {
            new Story("footer" + (i + 1)).elements(doc.getFooterList().get(i).getBodyElements());
        }
        notes("footnote", doc.getFootnotes());
        notes("endnote", doc.getEndnotes());
        int outside = ParagraphScan.of(doc.getDocument()).total() - revisionsInParagraphs;
        if (outside > 0) {
            sink.leak(Locator.document(), LeakKind.TRACKED_CHANGES, outside + " revision marks outside paragraphs");
        }
        comments(doc.getDocComments());
        MetadataLeaks.ooxml(doc, sink);
    }

    /** Separator notes (Word's ids -1 and 0) hold only a line, so they are not numbered as footnotes. */
    private void notes(String story, List<? extends XWPFAbstractFootnoteEndnote> notes) {
        Story text = new Story(story);
        for (XWPFAbstractFootnoteEndnote note : notes) {
            CTFtnEdn ct = note.getCTFtnEdn();
            if (!ct.isSetType() || ct.getType() == STFtnEdn.NORMAL) {
                text.elements(note.getBodyElements());
            }
        }
    }

    private void comments(XWPFComments comments) {
        if (comments == null) {
            return;
        }
        Story text = new Story("comment");
        for (XWPFComment comment : comments.getComments()) {
            Locator anchor = commentAnchors.getOrDefault(comment.getId(), Locator.document());
            String author = comment.getAuthor() == null ? "" : comment.getAuthor().strip();
            sink.leak(anchor, LeakKind.COMMENTS, "id " + comment.getId() + (author.isEmpty() ? "" : "; author: " + author));
            text.elements(comment.getBodyElements());
        }
    }

    /** One story's paragraph counter. */
    private final class Story {
        private final String name;
        private int paragraph;

        Story(String name) {
            this.name = name;
        }

        void elements(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                } else if (element instanceof XWPFSDT sdt) {
                    sink.text(next(), sdt.getContent().getText());
                }
            }
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    elements(cell.getBodyElements());
                }
            }
        }

        private void paragraph(XWPFParagraph p) {
            Locator where = next();
            ParagraphScan scan = ParagraphScan.of(p.getCTP());
            sink.text(where, scan.text());
            if (name == null) {
                for (CTMarkupRange start : p.getCTP().getCommentRangeStartList()) {
                    commentAnchors.putIfAbsent(String.valueOf(start.getId()), where);
                }
            }
            if (scan.total() > 0) {
                revisionsInParagraphs += name == null ? scan.total() : 0;
                sink.leak(where, LeakKind.TRACKED_CHANGES, scan.detail());
                sink.text(where, scan.deletedText());
            }
        }

        private Locator next() {
            paragraph++;
            return name == null ? Locator.paragraph(paragraph) : Locator.paragraph(name, paragraph);
        }
    }
}
