package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Text and leaks of a Word 97-2003 document through POI HWPF. Paragraphs are numbered per story like DOCX:
 * cell paragraphs count, the row-end marks Word stores as extra paragraphs do not. HWPF keeps headers and footers in one story, so they share
 * the {@code headerfooter} label. Revision marks come from each character run's inserted/deleted flags; comment
 * authors are not exposed by HWPF, so a comment is reported with its text's paragraph only.
 */
final class DocExtractor {

    private DocExtractor() {
    }

    static void extract(byte[] bytes, InspectionSink sink) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            story(doc.getRange(), null, sink);
            story(doc.getHeaderStoryRange(), "headerfooter", sink);
            story(doc.getFootnoteRange(), "footnote", sink);
            story(doc.getEndnoteRange(), "endnote", sink);
            story(doc.getMainTextboxRange(), "textbox", sink);
            int comments = story(doc.getCommentsRange(), "comment", sink);
            if (comments > 0) {
                sink.leak(Locator.document(), LeakKind.COMMENTS, comments + " comment paragraphs");
            }
            MetadataLeaks.ole(doc.getSummaryInformation(), sink);
            MetadataLeaks.oleMacros(doc.getDirectory(), sink);
        }
    }

    /** Returns the number of paragraphs with text. */
    private static int story(Range range, String name, InspectionSink sink) {
        if (range == null) {
            return 0;
        }
        int withText = 0;
        int number = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isTableRowEnd()) {
                continue;
            }
            number++;
            Locator where = name == null ? Locator.paragraph(number) : Locator.paragraph(name, number);
            String text = clean(p.text());
            if (!text.isBlank()) {
                withText++;
                sink.text(where, text);
            }
            if (name == null || "headerfooter".equals(name)) {
                revisions(p, where, sink);
            }
        }
        return withText;
    }

    private static void revisions(Paragraph p, Locator where, InspectionSink sink) {
        int inserted = 0;
        int deleted = 0;
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            inserted += run.isMarkedInserted() ? 1 : 0;
            deleted += run.isMarkedDeleted() ? 1 : 0;
        }
        if (inserted + deleted > 0) {
            sink.leak(where, LeakKind.TRACKED_CHANGES, "inserted runs×" + inserted + ", deleted runs×" + deleted);
        }
    }

    /** Drops field codes (keeping their results) and Word's control characters (cell marks, paragraph ends). */
    private static String clean(String text) {
        return Range.stripFields(text).replaceAll("[\\u0000-\\u0008\\u000B-\\u001F]", " ");
    }
}
