package io.sanshen.render;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import io.sanshen.content.RepoPaths;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rewrites links and image sources in an item: relative links to Markdown files, bundle folders, attachments and
 * images become relative URLs of their published copies; unsafe schemes (javascript:, data:, vbscript: …) become
 * "#". Unresolvable relative links are left as written; the dead-link check reports them.
 */
final class ItemLinkResolver implements LinkResolver {
    /** Per-document: the item's Markdown path and the prefix from its page to the site root. */
    record Context(String itemPath, String rootPrefix, LinkMap links) {
    }

    static final NullableDataKey<Context> CONTEXT = new NullableDataKey<>("SANSHEN_LINK_CONTEXT");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Context ctx;

    private ItemLinkResolver(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (ctx == null) {
            return link;
        }
        String url = link.getUrl().strip();
        if (SCHEME.matcher(url).find()) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            boolean safe = scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
            return safe ? link : link.withUrl("#").withStatus(LinkStatus.INVALID);
        }
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//")) {
            return link;
        }
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String decoded = java.net.URLDecoder.decode(target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return RepoPaths.resolveLink(ctx.itemPath(), decoded)
                .flatMap(ctx.links()::sitePath)
                .map(sitePath -> link.withUrl(ctx.rootPrefix() + SitePaths.href(sitePath) + fragment)
                        .withStatus(LinkStatus.VALID))
                .orElse(link);
    }

    /** Creates a resolver for each rendered document from the context stored on it. */
    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new ItemLinkResolver(CONTEXT.get(context.getDocument()));
        }
    }
}
