package io.sanshen.content.attachment;

import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Reads one WordprocessingML element by walking its XML tokens: the visible text (including text boxes anchored
 * in it, without the VML fallback copy), the deleted text (invisible in Word's final view but still in the file, so
 * the privacy rules must see it), and the revision marks with their authors. POI's {@code getText()} would mix
 * footnote text and reference tags into the paragraph; XMLBeans' XPath engine cannot do the unions needed here.
 */
final class ParagraphScan {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Content revisions, then formatting revisions (which also keep the reviser's name). */
    private static final Set<String> MARKS = Set.of("ins", "del", "moveFrom", "moveTo", "cellIns", "cellDel",
            "cellMerge", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange");
    private static final QName AUTHOR = new QName(W, "author");

    private final TreeMap<String, Integer> counts = new TreeMap<>();
    private final Set<String> authors = new TreeSet<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder deletedText = new StringBuilder();
    private int total;

    private ParagraphScan() {
    }

    static ParagraphScan of(XmlObject element) {
        ParagraphScan scan = new ParagraphScan();
        try (XmlCursor cursor = element.newCursor()) {
            if (cursor.currentTokenType().isStartdoc()) {
                cursor.toFirstChild();
            }
            XmlCursor.TokenType token = cursor.currentTokenType();
            int depth = 0;
            do {
                if (token.isStart()) {
                    if (isFallback(cursor.getName())) {
                        cursor.toEndToken();
                    } else {
                        depth++;
                        scan.visit(cursor);
                    }
                } else if (token.isEnd()) {
                    depth--;
                }
                token = cursor.toNextToken();
            } while (depth > 0 && !token.isNone());
        }
        return scan;
    }

    private static boolean isFallback(QName name) {
        return MC.equals(name.getNamespaceURI()) && "Fallback".equals(name.getLocalPart());
    }

    private void visit(XmlCursor cursor) {
        QName name = cursor.getName();
        if (!W.equals(name.getNamespaceURI())) {
            return;
        }
        String local = name.getLocalPart();
        switch (local) {
            case "t" -> text.append(cursor.getTextValue());
            case "tab", "ptab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('-');
            case "delText" -> deletedText.append(cursor.getTextValue());
            default -> mark(local, cursor);
        }
    }

    private void mark(String local, XmlCursor cursor) {
        if (MARKS.contains(local)) {
            counts.merge("w:" + local, 1, Integer::sum);
            total++;
            String author = cursor.getAttributeText(AUTHOR);
            if (author != null && !author.isBlank()) {
                authors.add(author.strip());
            }
        }
    }

    /** Text as Word shows it with all changes accepted. */
    String text() {
        return text.toString();
    }

    /** Number of revision marks. */
    int total() {
        return total;
    }

    String deletedText() {
        return deletedText.toString();
    }

    /** E.g. {@code w:del×1, w:ins×2; authors: 张三}. */
    String detail() {
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('×').append(v));
        if (!authors.isEmpty()) {
            out.append("; authors: ").append(String.join(", ", authors));
        }
        return out.toString();
    }
}
