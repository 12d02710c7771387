package io.sanshen.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.sanshen.content.Markdown;
import io.sanshen.content.SiteLinks;

/**
 * Markdown → safe HTML for one item, in the dialect of {@link Markdown}. The renderer is built once and is
 * thread-safe; the per-item link context travels on the parsed document.
 */
public final class MarkdownRenderer {
    private final HtmlRenderer renderer = HtmlRenderer.builder(Markdown.OPTIONS)
            .linkResolverFactory(new ItemLinkResolver.Factory()).build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /**
     * Renders {@code markdown} written in repository file {@code itemPath} for a page at {@code pageSitePath}.
     */
    public String render(String markdown, String itemPath, String pageSitePath, SiteLinks links) {
        Document doc = Markdown.parse(markdown);
        doc.set(ItemLinkResolver.CONTEXT, new ItemLinkResolver.Context(itemPath, SitePaths.rootOf(pageSitePath), links));
        String html = renderer.render(doc);
        return Signoff.mark(containsRawHtml(doc) ? sanitizer.clean(html) : html);
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
