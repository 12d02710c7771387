package io.sanshen.review;

import io.sanshen.config.ReviewPolicy;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.diag.TimeZones;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Review deadlines count working days; in a year whose State Council holiday notice is neither shipped nor in the
 * config, they count only weekends as days off. Warns once when a deadline computed now (for a pending path, or for
 * something submitted today) runs through such a year.
 */
final class CalendarCoverageCheck {
    static final String ID = "review.holiday-calendar";

    private CalendarCoverageCheck() {
    }

    static void check(Optional<SiteConfig> policy, LocalDate today, List<PathReview> paths, Findings out) {
        policy.ifPresent(c -> {
            ReviewPolicy rp = c.review();
            WorkdayCalendar cal = WorkdayCalendar.china(rp.holidays(), rp.workdays());
            SortedSet<Integer> gaps = new TreeSet<>(cal.gaps(today, cal.dueDate(today, rp.deadlineDays())));
            for (PathReview p : paths) {
                if (p.due() != null) {
                    gaps.addAll(cal.gaps(LocalDate.ofInstant(p.submitted(), TimeZones.CHINA), p.due()));
                }
            }
            if (gaps.isEmpty()) {
                return;
            }
            String years = gaps.stream().map(String::valueOf).collect(Collectors.joining("、"));
            String known = cal.coveredYears().stream().map(String::valueOf).collect(Collectors.joining("、"));
            out.add(Finding.of(ID, Severity.WARNING, SourcePos.file(SiteConfig.FILE),
                    Text.of("节假日日历不含 " + years + " 年（已知：" + known + "）：这些年份的审核期限只按周末计算，可能不准。",
                            "The holiday calendar does not cover " + years.replace("、", ", ") + " (it knows "
                                    + known.replace("、", ", ") + "): deadlines in those years count only weekends as days off."),
                    Text.of("升级 Sanshen，或按国务院办公厅当年的节假日安排通知，在 site-config.yml 的 review.holidays 和 "
                                    + "review.workdays 中填写该年的放假和调休上班日期。",
                            "Upgrade Sanshen, or enter that year's days off and 调休 working days from the State Council's "
                                    + "notice under review.holidays and review.workdays in site-config.yml.")));
        });
    }
}
