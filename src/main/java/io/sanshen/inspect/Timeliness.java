package io.sanshen.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * 审核及时性: of the review decisions (per level, per reviewer) how many were made within the deadline, with the
 * median and the worst duration in working days; of the fully approved item versions, how many met every deadline.
 */
public record Timeliness(List<Row> byLevel, List<Row> byReviewer, int approved, int approvedOnTime, int rejections,
                         int withdrawals) {
    public Timeliness {
        byLevel = List.copyOf(byLevel);
        byReviewer = List.copyOf(byReviewer);
    }

    /** Decisions of one level or one reviewer. {@code median} of their durations in working days (a half for ties). */
    public record Row(String name, int steps, int onTime, double median, int worst) {
        public double share() {
            return steps == 0 ? 1 : (double) onTime / steps;
        }
    }

    public static Timeliness of(PublishingHistory h) {
        List<ReviewStep> decided = h.steps();
        int onTime = (int) h.approvals().stream().filter(PublishingHistory.ApprovedVersion::onTime).count();
        int rejections = (int) decided.stream().filter(s -> !s.approved()).count();
        return new Timeliness(rows(decided, ReviewStep::level), rows(decided, ReviewStep::reviewer), h.approvals().size(),
                onTime, rejections, h.withdrawals().size());
    }

    /** Share of fully approved versions that met every deadline (1 when there are none). */
    public double share() {
        return approved == 0 ? 1 : (double) approvedOnTime / approved;
    }

    static List<Row> rows(List<ReviewStep> steps, Function<ReviewStep, String> key) {
        Map<String, List<ReviewStep>> groups = new TreeMap<>();
        steps.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        List<Row> out = new ArrayList<>();
        groups.forEach((name, list) -> {
            int[] days = list.stream().mapToInt(ReviewStep::workdays).sorted().toArray();
            int n = days.length;
            double median = n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
            out.add(new Row(name, n, (int) list.stream().filter(ReviewStep::onTime).count(), median, days[n - 1]));
        });
        return out;
    }
}
