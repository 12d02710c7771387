package io.sanshen.inspect;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole inspection of a site on one day: freshness and the single-veto conditions, publishing, review
 * timeliness, content health and the monthly trend.
 *
 * @param names     what the report calls the units and columns
 * @param head      the commit inspected
 * @param leadDays  the warning lead in working days for columns about to go stale
 * @param backdated items online that show a publication date before their approval
 * @param healthTrend content health at the end of each month of the trend
 * @param migrated  items online whose older date is true: 迁移内容 from the old portal (see the back-dating rule)
 * @param expired   items online whose {@code expires} day has come (they await their withdrawal)
 */
public record Inspection(String siteTitle, Names names, String head, LocalDate asOf, int leadDays, Freshness freshness,
                         List<Veto> vetoes, Publishing publishing, Timeliness timeliness, ContentHealth health,
                         List<TrendPoint> trend, List<MonthHealth> healthTrend, List<Release> backdated, List<Release> migrated,
                         List<String> expired) {
    public Inspection {
        vetoes = List.copyOf(vetoes);
        trend = List.copyOf(trend);
        healthTrend = List.copyOf(healthTrend);
        backdated = List.copyOf(backdated);
        migrated = List.copyOf(migrated);
        expired = List.copyOf(expired);
    }

    /** Whether any single-veto condition holds. */
    public boolean vetoed() {
        return !vetoes.isEmpty();
    }
}
