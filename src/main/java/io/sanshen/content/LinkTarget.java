package io.sanshen.content;

/**
 * Where a link written in an item goes, as {@link SiteLinks} resolves it. {@code repoPath} is the repository path
 * the link names (empty for links that name none), {@code item} the item it means or whose bundle holds the file,
 * {@code sitePath} where the target is published ({@link Kind#ITEM} and {@link Kind#FILE} only); {@code query} and
 * {@code fragment} are kept as written, with their leading {@code ?} and {@code #}.
 */
public record LinkTarget(Kind kind, String repoPath, Item item, String sitePath, String query, String fragment) {

    /** What a link resolves to. */
    public enum Kind {
        /** A published item (its Markdown file, {@code index.md} or bundle folder). */
        ITEM,
        /** A published attachment of a bundle, or a static file. */
        FILE,
        /** A site-absolute path of a published page or file, written as the portal serves it; left as written. */
        PAGE,
        /** Only a fragment or query: this page. */
        SAME_PAGE,
        /** http, https, mailto, tel, or protocol-relative. */
        EXTERNAL,
        /** Any other scheme (javascript:, data: …): never written. */
        UNSAFE,
        /** Climbs out of the repository. */
        OUTSIDE,
        /** Nothing of the site is at that path. */
        MISSING,
        /**
         * An item, a file of a bundle item, or a static file that exists but will not be published ({@code item} is
         * null for a static file).
         */
        UNPUBLISHED
    }

    /** The anchor, without {@code #}: empty when the link has none. */
    public String anchor() {
        return fragment.isEmpty() ? "" : fragment.substring(1);
    }

    /** True when the link leads to something the portal will have (or outside the site). */
    public boolean reachable() {
        return switch (kind) {
            case ITEM, FILE, PAGE, SAME_PAGE, EXTERNAL -> true;
            case UNSAFE, OUTSIDE, MISSING, UNPUBLISHED -> false;
        };
    }
}
