package io.sanshen.inspect;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the review log says happened to the site's items, in log order: versions going online, review decisions,
 * withdrawals, and which fully approved versions met every deadline.
 *
 * @param approvals one entry per fully approved item version: whether every step was on time
 */
public record PublishingHistory(List<Release> releases, List<ReviewStep> steps, List<Withdrawal> withdrawals,
                                List<ApprovedVersion> approvals) {
    public PublishingHistory {
        releases = List.copyOf(releases);
        steps = List.copyOf(steps);
        withdrawals = List.copyOf(withdrawals);
        approvals = List.copyOf(approvals);
    }

    /** A fully approved item version: the day it completed, and whether each of its steps met the deadline. */
    public record ApprovedVersion(String path, String unitId, LocalDate day, boolean onTime) {
    }

    /**
     * The version of each item a visitor sees at the end of {@code day}: the newest one online by then, unless a
     * withdrawal took the item off after it went online; a version dated after {@code day} is not shown yet.
     */
    public Map<String, Release> visibleAt(LocalDate day) {
        Map<String, Release> latest = new HashMap<>();
        for (Release r : releases) {
            if (!r.onlineDay().isAfter(day)) {
                latest.merge(r.path(), r, (a, b) -> b.online().isBefore(a.online()) ? a : b);
            }
        }
        for (Withdrawal w : withdrawals) {
            Release r = latest.get(w.path());
            if (r != null && !w.day().isAfter(day) && !w.day().isBefore(r.onlineDay())) {
                latest.remove(w.path());
            }
        }
        latest.values().removeIf(r -> r.shownDay().isAfter(day));
        return latest;
    }

    /** The first day anything went online, or {@code fallback} when nothing did. */
    public LocalDate firstDay(LocalDate fallback) {
        return releases.stream().map(Release::onlineDay).min(Comparator.naturalOrder()).orElse(fallback);
    }
}
