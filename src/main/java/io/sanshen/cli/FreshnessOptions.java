package io.sanshen.cli;

import io.sanshen.diag.TimeZones;
import io.sanshen.inspect.Inspector;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --today} (the day deadlines and column freshness are judged on: to rehearse an inspection or show what a
 * later day will bring) and {@code --stale-lead} (working days before a column goes stale that the warning starts).
 */
final class FreshnessOptions {
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "today")
    LocalDate today;

    @Option(names = "--stale-lead", paramLabel = "DAYS", descriptionKey = "stale-lead",
            defaultValue = "" + Inspector.DEFAULT_LEAD_DAYS)
    int leadDays;

    /** The day to judge: {@code --today}, or today in Beijing time. */
    LocalDate day() {
        return today != null ? today : TimeZones.todayInChina();
    }
}
