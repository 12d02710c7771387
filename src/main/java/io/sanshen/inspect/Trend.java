package io.sanshen.inspect;

import io.sanshen.config.SiteConfig;
import io.sanshen.review.WorkdayCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The measures at the end of each month shown, from the same history (the current month ends on the day judged). */
final class Trend {
    private Trend() {
    }

    static List<TrendPoint> of(SiteConfig config, PublishingHistory h, Publishing publishing, LocalDate asOf,
            WorkdayCalendar calendar, int leadDays) {
        List<TrendPoint> out = new ArrayList<>();
        List<YearMonth> months = publishing.months();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            LocalDate end = m.atEndOfMonth().isAfter(asOf) ? asOf : m.atEndOfMonth();
            Collection<Release> visible = h.visibleAt(end).values();
            Freshness f = Freshness.at(config, visible, end, calendar, leadDays);
            List<PublishingHistory.ApprovedVersion> done = h.approvals().stream()
                    .filter(a -> YearMonth.from(a.day()).equals(m)).toList();
            long onTime = done.stream().filter(PublishingHistory.ApprovedVersion::onTime).count();
            out.add(new TrendPoint(m, end, publishing.total()[i], f.failing().size(), f.homeDaysSince(),
                    done.isEmpty() ? 1 : (double) onTime / done.size(),
                    (int) visible.stream().filter(Release::backdated).count()));
        }
        return out;
    }
}
