package io.sanshen.render;

import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SourceFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where every repository file of the content is published: item Markdown files (and their bundle folders) map to
 * item pages, bundle resources and static files to their copies. Built once per build, read by many threads.
 */
public final class LinkMap {
    private final Map<String, String> sitePaths = new HashMap<>();

    public LinkMap(SiteContent content) {
        for (Item item : content.items()) {
            sitePaths.put(item.path(), item.url());
            if (item.bundleDir() != null) {
                sitePaths.put(item.bundleDir(), item.url());
            }
            for (SourceFile r : item.resources()) {
                sitePaths.put(r.path(), publishedPath(r.path()));
            }
        }
        for (SourceFile f : content.staticFiles()) {
            sitePaths.put(f.path(), publishedPath(f.path()));
        }
    }

    /** {@code content/news/x/a.pdf} is published as {@code news/x/a.pdf}. */
    public static String publishedPath(String repoPath) {
        return repoPath.substring(ContentLoader.ROOT.length() + 1);
    }

    /** The site path a repository path is published at, if it is published at all. */
    public Optional<String> sitePath(String repoPath) {
        String key = repoPath.endsWith("/") ? repoPath.substring(0, repoPath.length() - 1) : repoPath;
        return Optional.ofNullable(sitePaths.get(key));
    }
}
