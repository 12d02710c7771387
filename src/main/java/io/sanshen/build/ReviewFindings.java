package io.sanshen.build;

import io.sanshen.content.Backdating;
import io.sanshen.content.Item;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.diag.TimeZones;
import io.sanshen.review.Approval;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Check rules that need review data, so they live in the build and not in io.sanshen.check:
 * {@code format.backdated} (伪造发稿日期) — a 发布日期 earlier than the day the published bytes were finally approved
 * means the page claims to have been online before anyone allowed it; national inspections veto it. The rule itself
 * ({@link Backdating}, with content migrated from an older portal) is the one the inspection applies.
 */
final class ReviewFindings {
    static final String BACKDATED = "format.backdated";

    private ReviewFindings() {
    }

    /**
     * Items whose date precedes the final approval of their current, approved bytes. An older approved version
     * still online after an edit is judged when its successor is approved (its records are not in the report).
     */
    static List<Finding> backdated(List<Item> items, ReviewReport report, Backdating rule,
            Map<String, String> severities) {
        String level = severities.getOrDefault(BACKDATED, "blocker");
        if (level.equals("off")) {
            return List.of();
        }
        Severity severity = Severity.valueOf(level.toUpperCase(Locale.ROOT));
        List<Finding> out = new ArrayList<>();
        for (Item item : items) {
            if (item.meta().date() == null) {
                continue;
            }
            Optional<LocalDate> approved = finalApproval(report.path(item.path()));
            LocalDate date = item.meta().date().toLocalDate();
            if (approved.isPresent() && rule.judge(item.path(), date, approved.get()) == Backdating.Verdict.BACKDATED) {
                out.add(Finding.of(BACKDATED, severity, item.meta().pos("date", SourcePos.file(item.path())),
                        Text.of("伪造发稿日期：发布日期 " + date + " 早于最终审核通过日期 " + approved.get() + "。",
                                "Backdated: the publication date " + date + " is earlier than the final approval on "
                                        + approved.get() + "."),
                        Text.of("把发布日期改为审核通过当天或之后，并重新送审。",
                                "Set the date to the approval day or later and submit it for review again.")));
            }
        }
        return out;
    }

    private static Optional<LocalDate> finalApproval(Optional<PathReview> review) {
        return review.filter(p -> p.status() == PathReview.Status.APPROVED)
                .flatMap(p -> p.approvals().stream().filter(a -> a.action() == ApprovalRecord.Action.APPROVE)
                        .map(Approval::time).max(java.util.Comparator.naturalOrder()))
                .map(t -> t.atZone(TimeZones.CHINA).toLocalDate());
    }
}
