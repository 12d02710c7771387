package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body as readers see it, offset for offset: code, link destinations, reference definitions, HTML tags and
 * comments are blanked with spaces (line breaks kept), so text scanners find only prose and their offsets are body
 * offsets that {@link io.sanshen.check.ItemDocument#finding} turns into exact file positions.
 */
public final class VisibleText {
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);

    private VisibleText() {
    }

    public static String of(Document doc, String body) {
        char[] out = body.toCharArray();
        blank(doc, body, out);
        return new String(out);
    }

    /** The body with only code blanked: raw HTML stays, for HTML checks that must not read code examples. */
    static String withoutCode(Document doc, String body) {
        char[] out = body.toCharArray();
        doc.getDescendants().forEach(n -> {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                fill(out, n.getStartOffset(), n.getEndOffset());
            }
        });
        return new String(out);
    }

    private static void blank(Node node, String body, char[] out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                    || n instanceof Reference || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) {
                fill(out, n.getStartOffset(), n.getEndOffset());
                continue;
            }
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                blankTags(body, n.getStartOffset(), n.getEndOffset(), out);
                continue;
            }
            if (n instanceof Link l) {
                fill(out, l.getUrl());
                fill(out, l.getTitle());
            } else if (n instanceof Image i) {
                fill(out, i.getUrl());
                fill(out, i.getTitle());
            }
            blank(n, body, out);
        }
    }

    private static void blankTags(String body, int start, int end, char[] out) {
        Matcher m = TAG.matcher(body).region(start, end);
        while (m.find()) {
            fill(out, m.start(), m.end());
        }
    }

    private static void fill(char[] out, BasedSequence s) {
        if (s != null && s.isNotNull() && !s.isEmpty()) {
            fill(out, s.getStartOffset(), s.getEndOffset());
        }
    }

    private static void fill(char[] out, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, out.length); i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }
}
