package io.sanshen.content;

import io.sanshen.config.Column;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one link resolver: where a link written in an item leads, for the link check and for the renderer alike, so
 * that what the check accepts is exactly what the renderer writes. Which items and static files will be published is
 * an input (the build knows which stay offline: draft, expired, unapproved, blocked); a link to an item that will not
 * be published, to a file of its bundle or to a held-back static file — by its repository path or by the address the
 * portal would serve it at — is {@link LinkTarget.Kind#UNPUBLISHED}. Built once per run (the build hands the same
 * object to the check and to the renderer), read by many threads.
 */
public final class SiteLinks {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Item> resourceOwners = new HashMap<>();
    private final Set<String> staticFiles = new HashSet<>();
    private final Set<String> heldStaticFiles = new HashSet<>();
    private final Set<String> pages = new HashSet<>();
    private final Map<String, Item> unpublishedPages = new HashMap<>();
    private final Predicate<Item> published;

    /** @param published which items of {@code site} will be on the portal (every static file will) */
    public SiteLinks(SiteContent site, Predicate<Item> published) {
        this(site, published, path -> true);
    }

    /**
     * @param published       which items of {@code site} will be on the portal
     * @param publishedStatic which static files (by repository path) will be on the portal
     */
    public SiteLinks(SiteContent site, Predicate<Item> published, Predicate<String> publishedStatic) {
        this.published = published;
        for (Item item : site.items()) {
            items.put(item.path(), item);
            if (item.bundleDir() != null) {
                items.put(item.bundleDir(), item);
            }
            item.resources().forEach(r -> resourceOwners.put(r.path(), item));
            if (published.test(item)) {
                pages.add(item.url());
            } else {
                unpublishedPages.put(item.url(), item);
            }
        }
        site.staticFiles().forEach(f -> (publishedStatic.test(f.path()) ? staticFiles : heldStaticFiles).add(f.path()));
        for (Column c : site.config().columns()) {
            pages.add(c.path() + "/index.html");
        }
        pages.add("index.html");
    }

    /** Whether the static file at repository path {@code path} will be on the portal. */
    public boolean publishesStatic(String path) {
        return staticFiles.contains(path);
    }

    /** Whether {@code item} will be on the portal. */
    public boolean publishes(Item item) {
        return published.test(item);
    }

    /** Where {@code href}, written in repository file {@code fromFile}, leads. */
    public LinkTarget resolve(String fromFile, String href) {
        String url = href.strip();
        if (SCHEME.matcher(url).find()) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            return target(SAFE_SCHEMES.contains(scheme) ? LinkTarget.Kind.EXTERNAL : LinkTarget.Kind.UNSAFE, "", null,
                    null, "", "");
        }
        if (url.startsWith("//")) {
            return target(LinkTarget.Kind.EXTERNAL, "", null, null, "", "");
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String beforeHash = hash < 0 ? url : url.substring(0, hash);
        int question = beforeHash.indexOf('?');
        String query = question < 0 ? "" : beforeHash.substring(question);
        String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
        if (path.isEmpty()) {
            return target(LinkTarget.Kind.SAME_PAGE, "", null, null, query, fragment);
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return target(LinkTarget.Kind.MISSING, path, null, null, query, fragment);
        }
        return RepoPaths.resolveLink(fromFile, decoded)
                .map(p -> inside(p.endsWith("/") ? p.substring(0, p.length() - 1) : p, query, fragment))
                .orElseGet(() -> target(LinkTarget.Kind.OUTSIDE, decoded, null, null, query, fragment));
    }

    private LinkTarget inside(String repoPath, String query, String fragment) {
        Item item = items.get(repoPath);
        if (item != null) {
            return published.test(item)
                    ? target(LinkTarget.Kind.ITEM, repoPath, item, item.url(), query, fragment)
                    : target(LinkTarget.Kind.UNPUBLISHED, repoPath, item, null, query, fragment);
        }
        Item owner = resourceOwners.get(repoPath);
        if (owner != null) {
            return published.test(owner)
                    ? target(LinkTarget.Kind.FILE, repoPath, owner, publishedPath(repoPath), query, fragment)
                    : target(LinkTarget.Kind.UNPUBLISHED, repoPath, owner, null, query, fragment);
        }
        if (staticFiles.contains(repoPath)) {
            return target(LinkTarget.Kind.FILE, repoPath, null, publishedPath(repoPath), query, fragment);
        }
        if (heldStaticFiles.contains(repoPath)) {
            return target(LinkTarget.Kind.UNPUBLISHED, repoPath, null, null, query, fragment);
        }
        return served(repoPath, query, fragment);
    }

    /** A path written as the portal serves it ({@code /news/x.html}, {@code /news/x/a.pdf}), left as written. */
    private LinkTarget served(String sitePath, String query, String fragment) {
        String repoPath = ContentLoader.ROOT + "/" + sitePath;
        Item owner = resourceOwners.get(repoPath);
        if (sitePath.isEmpty() || pages.contains(sitePath) || staticFiles.contains(repoPath)
                || owner != null && published.test(owner)) {
            return target(LinkTarget.Kind.PAGE, sitePath, null, null, query, fragment);
        }
        Item unpublished = owner != null ? owner : unpublishedPages.get(sitePath);
        if (unpublished != null || heldStaticFiles.contains(repoPath)) {
            return target(LinkTarget.Kind.UNPUBLISHED, sitePath, unpublished, null, query, fragment);
        }
        return target(LinkTarget.Kind.MISSING, sitePath, null, null, query, fragment);
    }

    /** {@code content/news/x/a.pdf} is published as {@code news/x/a.pdf}. */
    public static String publishedPath(String repoPath) {
        return repoPath.substring(ContentLoader.ROOT.length() + 1);
    }

    private static LinkTarget target(LinkTarget.Kind kind, String repoPath, Item item, String sitePath, String query,
                                     String fragment) {
        return new LinkTarget(kind, repoPath, item, sitePath, query, fragment);
    }
}
