package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.content.SiteLayout;
import io.sanshen.review.HistoryScan.PathBlob;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Follows, record by record, which file versions are online, and logs {@link LogEvent.Type#PUBLISHED} when versions
 * go online: a completed file's whole item, when its index.md and every file below a bundle folder in the record's
 * tree are fully approved and the item is not a draft — the build's rule, so the ledger never states a publication
 * the build did not make. A withdrawal or a rejection of the online version takes it off. A new policy version may
 * lay the site out differently (a new column makes a folder a bundle, or an item of its own): every version still
 * fully approved is placed again when it takes effect, and what is whole under the new layout goes online then.
 */
final class OnlineVersions {
    private final HistoryScan scan;
    private final Authorship authors;
    private final Map<PathBlob, BlobState> states;
    private final List<LogEvent> log;
    private final Map<String, ObjectId> online = new HashMap<>();
    /** By path, the last completion that still stands (not withdrawn or rejected since): placed again on a new layout. */
    private final Map<String, Completed> standing = new LinkedHashMap<>();

    private record Completed(ObjectId blob, CommitNode node, Approval approval) {
    }

    OnlineVersions(HistoryScan scan, Authorship authors, Map<PathBlob, BlobState> states, List<LogEvent> log) {
        this.scan = scan;
        this.authors = authors;
        this.states = states;
        this.log = log;
    }

    /** {@code path} became fully approved with record {@code a} at {@code node}. */
    void completed(String path, CommitNode node, Approval a, PolicyVersion policy) throws IOException {
        standing.put(path, new Completed(scan.blobAt(node.tree(), path), node, a));
        goOnlineIfWhole(path, node, node, a, policy);
    }

    /**
     * A new policy version took effect at mainline commit {@code at}: what stands approved is placed by its layout,
     * and goes online at {@code at} where it is now whole and was not online yet.
     */
    void policyChanged(PolicyVersion policy, CommitNode at) throws IOException {
        for (Map.Entry<String, Completed> c : List.copyOf(standing.entrySet())) {
            goOnlineIfWhole(c.getKey(), c.getValue().node(), at, c.getValue().approval(), policy);
        }
    }

    /** Files are read from the tree of {@code node} (the completing record); the event is dated by {@code at}. */
    private void goOnlineIfWhole(String path, CommitNode node, CommitNode at, Approval a, PolicyVersion policy)
            throws IOException {
        SiteLayout.Placement place = policy.layout().place(path);
        Map<String, ObjectId> files = place.inBundle() ? scan.filesUnder(node.tree(), place.bundleDir())
                : Map.of(path, scan.blobAt(node.tree(), path));
        String item = place.itemPath();
        if (!item.isEmpty() && !files.containsKey(item)) {
            return;
        }
        for (Map.Entry<String, ObjectId> f : files.entrySet()) {
            BlobState s = states.get(new PathBlob(f.getKey(), f.getValue()));
            if (s == null || s.completedAt < 0) {
                return;
            }
        }
        SiteConfig config = policy.config().orElseThrow();
        if (!item.isEmpty() && authors.flagsOf(files.get(item), item, config).draft()) {
            return;
        }
        for (Map.Entry<String, ObjectId> f : files.entrySet()) {
            if (!f.getValue().equals(online.put(f.getKey(), f.getValue()))) {
                log.add(new LogEvent(LogEvent.Type.PUBLISHED, f.getKey(), f.getValue(), a, config, false, scan.effectiveTime(at)));
            }
        }
    }

    /** What is online after the last record judged: path → blob (a bundle's files as its last whole approved state). */
    Map<String, ObjectId> files() {
        return Map.copyOf(online);
    }

    void takenDown(String path) {
        online.remove(path);
        standing.remove(path);
    }

    void rejected(PathBlob version) {
        online.remove(version.path(), version.blob());
        Completed c = standing.get(version.path());
        if (c != null && c.blob().equals(version.blob())) {
            standing.remove(version.path());
        }
    }
}
