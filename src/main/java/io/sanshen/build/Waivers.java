package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.review.Approval;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Sanshen-Waive: RULE reason} trailers of the counted approvals of each file's current blob: a reviewer
 * accepted that rule's warnings for exactly these bytes. Only warnings are suppressed; blockers never are.
 */
public record Waivers(Map<String, Set<String>> rulesByPath) {
    public static final Waivers NONE = new Waivers(Map.of());

    public Waivers {
        rulesByPath = Map.copyOf(rulesByPath);
    }

    /** The waivers of the records the review counted (only those: a waiver in an ignored record is void). */
    public static Waivers of(ReviewReport report) {
        Map<String, Set<String>> out = new HashMap<>();
        for (PathReview p : report.paths()) {
            for (Approval a : p.approvals()) {
                if (a.action() == ApprovalRecord.Action.APPROVE && !a.waivers().isEmpty()) {
                    out.computeIfAbsent(p.path(), k -> new HashSet<>()).addAll(a.waivers());
                }
            }
        }
        return new Waivers(out);
    }

    /**
     * The waivers of the site at {@code siteRoot} as reviewed at HEAD; none when it is not a Git repository or has
     * no approved review policy. They name the HEAD bytes: run on a committed tree (as CI does).
     */
    public static Waivers forSite(java.nio.file.Path siteRoot, java.time.LocalDate today) throws IOException {
        return ReviewPhase.forPreview(new BuildOptions(siteRoot, siteRoot, true, false, today, false))
                .map(ReviewPhase.Reviewed::waivers).orElse(NONE);
    }

    public boolean waived(Finding f) {
        return f.severity() == Severity.WARNING
                && rulesByPath.getOrDefault(f.pos().path(), Set.of()).contains(f.ruleId());
    }

    /** {@code findings} without the waived warnings. */
    public List<Finding> apply(List<Finding> findings) {
        return findings.stream().filter(f -> !waived(f)).toList();
    }
}
