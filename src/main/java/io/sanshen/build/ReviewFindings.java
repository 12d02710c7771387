package io.sanshen.build;

import io.sanshen.content.Backdating;
import io.sanshen.content.Item;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.diag.TimeZones;
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
     * Items whose date precedes the moment their published bytes became fully approved, as the review log has it
     * ({@link PathReview#approvedAt()}: where the completing record entered the published history, not the date a
     * record claims), when the published bytes are the path's last approved version (an older whole bundle state
     * still online is judged when its successor goes online).
     */
    /** @param blobs the blob id of each item file the build read (the approved view), by path */
    static List<Finding> backdated(List<Item> items, ReviewReport report, Backdating rule,
            Map<String, String> severities, Map<String, String> blobs) {
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
            Optional<LocalDate> approved = finalApproval(report.path(item.path()), blobs.get(item.path()));
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

    /** When the version with blob {@code blob} became fully approved, if it is the path's last approved version. */
    private static Optional<LocalDate> finalApproval(Optional<PathReview> review, String blob) {
        // a bundle online in an older whole state publishes an older index.md than the last approved one
        return review.filter(p -> p.lastApproved().map(b -> b.name().equals(blob)).orElse(false))
                .map(PathReview::approvedAt)
                .map(t -> t.atZone(TimeZones.CHINA).toLocalDate());
    }
}
