package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The outcome of {@link ReviewEngine}: every reviewed file at HEAD, every ignored record with its reason, policy
 * findings (unapproved policy, trust on first use, old keys) and run statistics.
 *
 * @param head   the commit reviewed
 * @param policy the site config in force (the last admin-approved one), empty when none is
 * @param log    the review log (every counted record and completed version, in merge order); empty when the report
 *               was read from the cache — {@link ReviewEngine#runWithLog()} always has it
 */
public record ReviewReport(ObjectId head, List<PathReview> paths, List<IgnoredRecord> ignored, List<Finding> findings,
                           Optional<SiteConfig> policy, Optional<ObjectId> policyBlob, Stats stats,
                           Optional<List<LogEvent>> log) {
    public ReviewReport {
        paths = List.copyOf(paths);
        ignored = List.copyOf(ignored);
        findings = List.copyOf(findings);
        log = log.map(List::copyOf);
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

    public Optional<PathReview> path(String path) {
        return paths.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /** What goes online: each path's approved blob, bundles whole or not at all, and why items stay offline. */
    public Publication publication() {
        return Publication.of(paths, io.sanshen.content.SiteLayout.of(policy.orElse(null)));
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
}
