package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.Markdown;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SourceFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a link inside the site may point at, built once per run: item Markdown files and bundle folders
 * (both mean the item), resources and static files, and the published site paths of items and columns. Heading
 * ids of an item are computed on first use with Flexmark's own {@link HeaderIdGenerator} and the site's Markdown
 * options, so they are exactly the ids the renderer writes.
 */
final class SiteTargets {
    private final Map<String, Item> items = new HashMap<>();
    private final Set<String> files = new HashSet<>();
    private final Set<String> sitePaths = new HashSet<>();
    private final Map<String, Set<String>> headingIds = new ConcurrentHashMap<>();

    SiteTargets(SiteContent site) {
        for (Item item : site.items()) {
            items.put(item.path(), item);
            if (item.bundleDir() != null) {
                items.put(item.bundleDir(), item);
            }
            item.resources().forEach(r -> files.add(r.path()));
            sitePaths.add(item.url());
            sitePaths.add(item.column().path() + "/index.html");
        }
        for (SourceFile f : site.staticFiles()) {
            files.add(f.path());
        }
    }

    /** The item a repository path means (its Markdown file or bundle folder). */
    Optional<Item> item(String repoPath) {
        return Optional.ofNullable(items.get(strip(repoPath)));
    }

    /** True when a repository path, or a site-absolute path of a published page or file, exists. */
    boolean exists(String repoPath) {
        String p = strip(repoPath);
        if (p.isEmpty() || items.containsKey(p) || files.contains(p)) {
            return true;
        }
        String asContent = ContentLoader.ROOT + "/" + p;
        return sitePaths.contains(p) || p.equals("index.html") || files.contains(asContent);
    }

    /** The heading ids the renderer writes for {@code item}. */
    Set<String> headingIds(Item item) {
        return headingIds.computeIfAbsent(item.path(), p -> HeadingIds.of(Markdown.parse(item.body())));
    }

    private static String strip(String repoPath) {
        return repoPath.endsWith("/") ? repoPath.substring(0, repoPath.length() - 1) : repoPath;
    }

    /** Heading ids of a parsed document, as the renderer emits them. */
    static final class HeadingIds {
        private HeadingIds() {
        }

        static Set<String> of(Document doc) {
            new HeaderIdGenerator(Markdown.OPTIONS).generateIds(doc);
            Set<String> ids = new HashSet<>();
            doc.getDescendants().forEach(n -> {
                if (n instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                    ids.add(h.getAnchorRefId());
                }
            });
            return ids;
        }
    }
}
