package io.sanshen.review;

import io.sanshen.config.ReviewPolicy;
import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.FrontMatterReader;
import io.sanshen.content.ItemFacts;
import io.sanshen.content.SiteLayout;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Who wrote a file version — the reviewer whose key signed a commit that brought those bytes (when content commits
 * are signed) and every reviewer whose registered e-mail is its author — following the bytes through renames and
 * copies: both the commit that first brought the blob at this path and the one that first brought it anywhere
 * count. Also the item flags of a version, read by the content package's one front-matter reader.
 */
final class Authorship {
    private final HistoryScan scan;
    private final Map<Integer, Verification> verified;
    private final Map<ObjectId, ItemFacts> flags = new java.util.concurrent.ConcurrentHashMap<>();

    Authorship(HistoryScan scan, Map<Integer, Verification> verified) {
        this.scan = scan;
        this.verified = verified;
    }

    Set<String> authorsOf(String path, ObjectId blob, ReviewPolicy policy) {
        Set<String> names = new TreeSet<>();
        addAuthors(scan.introducer(path, blob), policy, names);
        addAuthors(scan.introducer(blob), policy, names);
        return names;
    }

    private void addAuthors(int at, ReviewPolicy policy, Set<String> names) {
        if (at < 0) {
            return;
        }
        CommitNode node = scan.nodes().get(at);
        for (Reviewer r : policy.reviewers()) {
            if (r.emails().stream().anyMatch(e -> e.equalsIgnoreCase(node.authorEmail()))) {
                names.add(r.name());
            }
        }
        Verification v = verified.get(at);
        if (v != null && v.isGood()) {
            policy.reviewerByKey(v.keyFingerprint()).ifPresent(r -> names.add(r.name()));
        }
    }

    /**
     * The {@code important} and {@code draft} flags ({@link ItemFacts#flagsOf}) of the item a version belongs to: a
     * Markdown item's own, or its bundle's {@code index.md} in {@code tree} for a bundle resource (by the shared
     * {@link SiteLayout}); none for other files.
     */
    ItemFacts flags(String path, ObjectId blob, ObjectId tree, PolicyVersion policy) throws IOException {
        SiteLayout.Placement place = policy.layout().place(path);
        if (blob.equals(ObjectId.zeroId())) {
            return ItemFacts.NONE;
        }
        SiteConfig config = policy.config().orElse(null);
        return switch (place.kind()) {
            case ITEM, BUNDLE_INDEX -> flagsOf(blob, path, config);
            case RESOURCE -> {
                ObjectId index = scan.blobAt(tree, place.itemPath());
                yield index == null ? ItemFacts.NONE : flagsOf(index, place.itemPath(), config);
            }
            default -> ItemFacts.NONE;
        };
    }

    /**
     * Reads the flags of every Markdown version the records name, in parallel, before the records are judged one by
     * one: reading them is most of the judging's time on a big history.
     */
    void prefetch(SiteConfig config) {
        if (config == null) {
            return;
        }
        Map<ObjectId, String> todo = new java.util.HashMap<>();
        for (CommitNode n : scan.nodes()) {
            HistoryScan.ParsedRecord r = n.mentionsRecord() ? scan.record(n) : null;
            if (r != null && r.record().isPresent()) {
                r.record().get().items().stream().filter(i -> i.path().endsWith(".md") && !i.blob().equals(ObjectId.zeroId()))
                        .forEach(i -> todo.putIfAbsent(i.blob(), i.path()));
            }
        }
        FrontMatterReader reader = new FrontMatterReader(config);
        todo.entrySet().parallelStream().forEach(e -> {
            try {
                byte[] bytes = scan.repo().open(e.getKey(), Constants.OBJ_BLOB).getCachedBytes(8 << 20);
                flags.putIfAbsent(e.getKey(), ItemFacts.flagsOf(bytes, reader, e.getValue()));
            } catch (IOException | RuntimeException missing) {
                // read again (and reported) when the record is judged
            }
        });
    }

    /** The flags of one Markdown blob, read once per run (they do not depend on the policy's vocabularies). */
    ItemFacts flagsOf(ObjectId blob, String path, SiteConfig config) throws IOException {
        ItemFacts f = flags.get(blob);
        if (f == null) {
            f = ItemFacts.flagsOf(bytes(blob), new FrontMatterReader(config), path);
            flags.put(blob, f);
        }
        return f;
    }

    private byte[] bytes(ObjectId blob) throws IOException {
        return scan.repo().open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20);
    }
}
