package io.sanshen.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * GFM-style bare links for Chinese prose: {@code https://…}, {@code www.…} and e-mail addresses in text become
 * links. Unlike Flexmark's autolink extension, a bare link ends at the first non-ASCII character, because Chinese
 * text follows a URL without a space (见 https://www.gov.cn/a.htm。各单位… must not link the whole sentence);
 * an address with Chinese characters is written as {@code <https://…>}. Text nodes without a colon, an at sign or
 * "www" — nearly all of them — are not scanned at all. It runs as one walk over the finished document: a per-node
 * post-processor would make Flexmark classify every node of every document first, which cost more than parsing.
 */
final class BareLinkExtension implements Parser.ParserExtension {
    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** True if {@code chars} may contain a bare link: a scheme's colon, an e-mail's at sign, or "www". */
    static boolean mayHoldLink(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            if ((c | 0x20) == 'w' && i + 2 < chars.length() && (chars.charAt(i + 1) | 0x20) == 'w'
                    && (chars.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    /** Where the link in [begin, end) really ends: before the first non-ASCII character and trailing punctuation. */
    static int linkEnd(CharSequence chars, int begin, int end) {
        int e = begin;
        while (e < end && chars.charAt(e) < 0x80) {
            e++;
        }
        while (e > begin && ".,;:!?'\")".indexOf(chars.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** Text nodes that may hold a link, outside code, links and other nodes that must not be decorated. */
    private static void collect(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                if (mayHoldLink(text.getChars())) {
                    out.add(text);
                }
            } else if (!(child instanceof DoNotDecorate) && !(child instanceof DoNotLinkDecorate)) {
                collect(child, out);
            }
        }
    }

    private static void link(Text node) {
        BasedSequence chars = node.getChars();
        int done = 0;
        for (LinkSpan span : EXTRACTOR.extractLinks(chars)) {
            int begin = span.getBeginIndex();
            int end = linkEnd(chars, begin, span.getEndIndex());
            if (begin < done || !isLink(span.getType(), chars.subSequence(begin, end))) {
                continue;
            }
            if (begin > done) {
                node.insertBefore(new Text(chars.subSequence(done, begin)));
            }
            BasedSequence linkChars = chars.subSequence(begin, end);
            LinkNode link;
            if (span.getType() == LinkType.EMAIL) {
                MailLink mail = new MailLink();
                mail.setText(linkChars);
                link = mail;
            } else {
                AutoLink auto = new AutoLink();
                auto.setText(linkChars);
                auto.setUrlChars(linkChars);
                link = auto;
            }
            link.setCharsFromContent();
            link.appendChild(new Text(linkChars));
            node.insertBefore(link);
            done = end;
        }
        if (done > 0) {
            if (done < chars.length()) {
                node.insertBefore(new Text(chars.subSequence(done)));
            }
            node.unlink();
        }
    }

    /** After cutting at non-ASCII text, a link must still be one: more than a scheme, a dotted domain after www. */
    private static boolean isLink(LinkType type, BasedSequence text) {
        String s = text.toString();
        return switch (type) {
            case EMAIL -> s.indexOf('@') > 0 && s.indexOf('.', s.indexOf('@')) > 0;
            case WWW -> s.indexOf('.', 4) > 4;
            default -> s.indexOf("://") > 0 && s.length() > s.indexOf("://") + 3;
        };
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    List<Text> texts = new ArrayList<>();
                    collect(document, texts);
                    texts.forEach(BareLinkExtension::link);
                    return document;
                }
            };
        }
    }
}
