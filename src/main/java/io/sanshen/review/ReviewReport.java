package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The outcome of {@link ReviewEngine}: every reviewed file at HEAD, every ignored record with its reason, policy
 * findings (unapproved policy, trust on first use, old keys) and run statistics.
 *
 * @param head   the commit reviewed
 * @param policy the site config in force (the last admin-approved one), empty when none is
 * @param log    the review log (every counted record and completed version, in merge order); empty when the report
 *               was read from the cache — {@link ReviewEngine#runWithLog()} always has it
 * @param online what the review log has online after its last record (path → blob): the ledger's publications less
 *               its withdrawals and rejections; a bundle's files are its last whole approved state. Cached with the
 *               report, so the build publishes bundles by it with or without the log
 */
public record ReviewReport(ObjectId head, List<PathReview> paths, List<IgnoredRecord> ignored, List<Finding> findings,
                           Optional<SiteConfig> policy, Optional<ObjectId> policyBlob, Stats stats,
                           Optional<List<LogEvent>> log, Map<String, ObjectId> online) {
    public ReviewReport {
        paths = IndexedPaths.of(paths);
        ignored = List.copyOf(ignored);
        findings = List.copyOf(findings);
        log = log.map(List::copyOf);
        online = Map.copyOf(online);
    }

    /** A report with nothing online (no history, or a test of path lookups). */
    public ReviewReport(ObjectId head, List<PathReview> paths, List<IgnoredRecord> ignored, List<Finding> findings,
                        Optional<SiteConfig> policy, Optional<ObjectId> policyBlob, Stats stats,
                        Optional<List<LogEvent>> log) {
        this(head, paths, ignored, findings, policy, policyBlob, stats, log, Map.of());
    }

    /**
     * @param commits     commits walked
     * @param records     commits that carry (or mention) an approval record
     * @param counted     record items that count
     * @param verified    signatures verified in this run
     * @param fromCache   signature results read from the cache
     */
    public record Stats(int commits, int records, int counted, int verified, int fromCache) {
    }

    /** The review of {@code path} at HEAD; a map lookup, since the build asks once per item. */
    public Optional<PathReview> path(String path) {
        return Optional.ofNullable(((IndexedPaths) paths).byPath.get(path));
    }

    /** What goes online: each path's approved blob, bundles whole or not at all, and why items stay offline. */
    public Publication publication() {
        return Publication.of(paths, online, io.sanshen.content.SiteLayout.of(policy.orElse(null)));
    }

    /** Path → blob the build may publish (approved bytes, or the last approved bytes of an edited file). */
    public Map<String, ObjectId> publishable() {
        return publication().files();
    }

    /** Files at HEAD that would be published (not drafts) but whose bytes lack approvals. */
    public List<PathReview> unapproved() {
        return paths.stream().filter(p -> p.status() != PathReview.Status.APPROVED && !p.draft()
                && p.status() != PathReview.Status.WITHDRAWN).toList();
    }

    /** True when everything at HEAD is approved and no policy finding blocks. */
    public boolean ok() {
        return unapproved().isEmpty() && findings.stream().noneMatch(Finding::isBlocker);
    }

    /**
     * The immutable list of path reviews with an index by path, built once (a record holds no other field). Equal
     * to any list with the same elements. The first review of a path wins, as a scan in list order would find it.
     */
    private static final class IndexedPaths extends AbstractList<PathReview> implements RandomAccess {
        private final List<PathReview> list;
        private final Map<String, PathReview> byPath;

        private IndexedPaths(List<PathReview> list) {
            this.list = List.copyOf(list);
            this.byPath = new HashMap<>(this.list.size() * 4 / 3 + 1);
            this.list.forEach(p -> byPath.putIfAbsent(p.path(), p));
        }

        static IndexedPaths of(List<PathReview> paths) {
            return paths instanceof IndexedPaths indexed ? indexed : new IndexedPaths(paths);
        }

        @Override
        public PathReview get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
