package io.sanshen.inspect;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The inspection's main measures as they stood at the end of one past month (or today, for the current month),
 * computed from history: whether things improve.
 *
 * @param published      new items that went online during the month
 * @param failingColumns tracked columns stale or empty at its end
 * @param homeDaysSince  days since the home page changed at its end (-1: nothing online)
 * @param onTimeShare    share of item versions fully approved during the month that met every deadline (1 if none)
 * @param backdated      items online at its end that show a date before their approval
 */
public record TrendPoint(YearMonth month, LocalDate end, int published, int failingColumns, int homeDaysSince,
                         double onTimeShare, int backdated) {
}
