package io.sanshen.render;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import io.sanshen.content.LinkTarget;
import io.sanshen.content.SiteLinks;

/**
 * Writes links and image sources of an item as {@link SiteLinks} resolves them (the same resolver the link check
 * uses): links to published items, bundle folders, attachments and static files become relative URLs of their
 * published copies (query and fragment kept); unsafe schemes (javascript:, data:, vbscript: …) become "#". Links
 * that resolve to nothing published are left as written; the link check reports them.
 */
final class ItemLinkResolver implements LinkResolver {
    /** Per-document: the item's Markdown path and the prefix from its page to the site root. */
    record Context(String itemPath, String rootPrefix, SiteLinks links) {
    }

    static final NullableDataKey<Context> CONTEXT = new NullableDataKey<>("SANSHEN_LINK_CONTEXT");

    private final Context ctx;

    private ItemLinkResolver(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (ctx == null) {
            return link;
        }
        LinkTarget target = ctx.links().resolve(ctx.itemPath(), link.getUrl());
        return switch (target.kind()) {
            case UNSAFE -> link.withUrl("#").withStatus(LinkStatus.INVALID);
            case ITEM, FILE -> link.withUrl(ctx.rootPrefix() + SitePaths.href(target.sitePath()) + target.query()
                    + target.fragment()).withStatus(LinkStatus.VALID);
            default -> link;
        };
    }

    /** Creates a resolver for each rendered document from the context stored on it. */
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new ItemLinkResolver(CONTEXT.get(context.getDocument()));
        }
    }
}
