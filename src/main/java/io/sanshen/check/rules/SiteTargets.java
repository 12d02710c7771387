package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import io.sanshen.content.Item;
import io.sanshen.content.LinkTarget;
import io.sanshen.content.Markdown;
import io.sanshen.content.SiteLinks;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's link targets for one run: the run's {@link SiteLinks} (a build hands the renderer the same object), and the heading ids of an item, computed on first use with
 * Flexmark's own {@link HeaderIdGenerator} and the site's Markdown options, so they are exactly the ids the
 * renderer writes.
 */
final class SiteTargets {
    private final SiteLinks links;
    private final Map<String, Set<String>> headingIds = new ConcurrentHashMap<>();

    SiteTargets(SiteLinks links) {
        this.links = links;
    }

    /** Where {@code href}, written in {@code fromFile}, leads. */
    LinkTarget resolve(String fromFile, String href) {
        return links.resolve(fromFile, href);
    }

    /** The heading ids the renderer writes for {@code item}. */
    Set<String> headingIds(Item item) {
        return headingIds.computeIfAbsent(item.path(), p -> HeadingIds.of(Markdown.parse(item.body())));
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
