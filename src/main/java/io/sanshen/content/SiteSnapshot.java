package io.sanshen.content;

import io.sanshen.config.SiteConfig;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything the site's content says, read once from one tree (the work tree or a Git tree): the layout (columns,
 * bundles, intros: {@link SiteLayout}), every item's front matter and body through the one {@link FrontMatterReader},
 * the findings of reading them, the blob id of every item file, and the link targets ({@link SiteLinks}). Items whose
 * bytes did not change since the last snapshot taken with the same {@link SnapshotCache} are not parsed again.
 *
 * @param loaded    the items, files and findings, as {@link ContentLoader} reads them
 * @param itemBlobs the Git blob id of every item file that was read, by path
 */
public record SiteSnapshot(ContentLoader.Result loaded, Map<String, String> itemBlobs) {
    public SiteSnapshot {
        itemBlobs = Map.copyOf(itemBlobs);
    }

    /** Reads {@code source}, reusing what {@code cache} holds of unchanged item files. */
    public static SiteSnapshot of(SiteConfig config, ContentSource source, SnapshotCache cache) throws IOException {
        return new ContentLoader(config, cache).snapshot(source);
    }

    public SiteConfig config() {
        return loaded.content().config();
    }

    public SiteLayout layout() {
        return SiteLayout.of(config());
    }

    public Optional<String> blobOf(String itemPath) {
        return Optional.ofNullable(itemBlobs.get(itemPath));
    }

    /**
     * Where links lead when the items {@code published} accepts and the static files {@code publishedStatic} accepts
     * are on the portal (every readable item counts): the run's one resolution, for the check and the renderer.
     */
    public SiteLinks links(Predicate<Item> published, Predicate<String> publishedStatic) {
        return new SiteLinks(loaded.checkable(), published, publishedStatic);
    }
}
