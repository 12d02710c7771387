package io.sanshen.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown → safe HTML for one item. Parser and renderer are built once and are thread-safe; the per-item link
 * context travels on the parsed document.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AutolinkExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new ItemLinkResolver.Factory()).build();
    }

    /** The parsed Markdown, for callers that also inspect the tree. */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Renders {@code markdown} written in repository file {@code itemPath} for a page at {@code pageSitePath}.
     */
    public String render(String markdown, String itemPath, String pageSitePath, LinkMap links) {
        Document doc = parser.parse(markdown);
        doc.set(ItemLinkResolver.CONTEXT, new ItemLinkResolver.Context(itemPath, SitePaths.rootOf(pageSitePath), links));
        String html = renderer.render(doc);
        return containsRawHtml(doc) ? sanitizer.clean(html) : html;
    }

    private static boolean containsRawHtml(Node doc) {
        for (Node n : doc.getDescendants()) {
            if (n instanceof HtmlBlock || n instanceof HtmlInline || n instanceof HtmlCommentBlock
                    || n instanceof HtmlInlineComment) {
                return true;
            }
        }
        return false;
    }
}
