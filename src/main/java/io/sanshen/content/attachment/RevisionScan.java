package io.sanshen.content.attachment;

import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Counts WordprocessingML revision marks under one XML element by walking its tokens: XMLBeans' own XPath engine
 * cannot do unions, and a cursor walk needs none. Also gathers deleted text, which is invisible in Word's final
 * view but still in the file, so that the privacy rules see it too.
 */
final class RevisionScan {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Set<String> MARKS = Set.of("ins", "del", "moveFrom", "moveTo", "cellIns", "cellDel");
    private static final QName AUTHOR = new QName(W, "author");

    private final TreeMap<String, Integer> counts = new TreeMap<>();
    private final Set<String> authors = new TreeSet<>();
    private final StringBuilder deletedText = new StringBuilder();
    private int total;

    private RevisionScan() {
    }

    static RevisionScan of(XmlObject element) {
        RevisionScan scan = new RevisionScan();
        try (XmlCursor cursor = element.newCursor()) {
            if (cursor.currentTokenType().isStartdoc()) {
                cursor.toFirstChild();
            }
            XmlCursor.TokenType token = cursor.currentTokenType();
            int depth = 0;
            do {
                if (token.isStart()) {
                    depth++;
                    scan.visit(cursor);
                } else if (token.isEnd()) {
                    depth--;
                }
                token = cursor.toNextToken();
            } while (depth > 0 && !token.isNone());
        }
        return scan;
    }

    private void visit(XmlCursor cursor) {
        QName name = cursor.getName();
        if (!W.equals(name.getNamespaceURI())) {
            return;
        }
        String local = name.getLocalPart();
        if (MARKS.contains(local)) {
            counts.merge("w:" + local, 1, Integer::sum);
            total++;
            String author = cursor.getAttributeText(AUTHOR);
            if (author != null && !author.isBlank()) {
                authors.add(author.strip());
            }
        } else if ("delText".equals(local)) {
            deletedText.append(cursor.getTextValue());
        }
    }

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
