package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/** Collects the links and images of a parsed body in document order, reference links resolved. */
final class BodyLinks {
    private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile("[*_`~]");

    private BodyLinks() {
    }

    static List<BodyLink> of(Document doc) {
        List<BodyLink> out = new ArrayList<>();
        collect(doc, doc, out);
        return out;
    }

    private static void collect(Document doc, Node node, List<BodyLink> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link l) {
                out.add(link(BodyLink.Kind.LINK, n, l.getUrl(), l.getText()));
            } else if (n instanceof Image i) {
                out.add(link(BodyLink.Kind.IMAGE, n, i.getUrl(), i.getText()));
            } else if (n instanceof AutoLink a) {
                out.add(link(BodyLink.Kind.AUTOLINK, n, a.getUrl(), a.getText()));
            } else if (n instanceof RefNode r && !(n instanceof MailLink)) {
                Reference ref = r.getReferenceNode(doc);
                if (ref != null) {
                    BodyLink.Kind kind = n instanceof ImageRef ? BodyLink.Kind.IMAGE : BodyLink.Kind.LINK;
                    out.add(link(kind, n, ref.getUrl(), r.getText().isEmpty() ? r.getReference() : r.getText()));
                }
            }
            if (!(n instanceof LinkRef)) {
                collect(doc, n, out);
            }
        }
    }

    private static BodyLink link(BodyLink.Kind kind, Node node, BasedSequence url, BasedSequence text) {
        int urlStart = url.isNull() ? node.getStartOffset() : url.getStartOffset();
        int urlEnd = url.isNull() ? node.getEndOffset() : url.getEndOffset();
        return new BodyLink(kind, url.toString().strip(), plain(text), node.getStartOffset(), node.getEndOffset(),
                urlStart, urlEnd);
    }

    /** Link text without Markdown emphasis markers, for comparing with names and titles. */
    private static String plain(BasedSequence text) {
        return EMPHASIS.matcher(text).replaceAll("").strip();
    }
}
