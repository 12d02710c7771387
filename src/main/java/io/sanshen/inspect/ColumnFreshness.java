package io.sanshen.inspect;

import io.sanshen.config.Column;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How up to date one column is on a given day.
 *
 * @param last      the newest 发布日期 among the items visible in the column or its sub-columns
 * @param daysSince calendar days from {@code last} to the day judged (0 when empty)
 * @param daysLeft  {@code update-days} minus {@code daysSince}: negative when stale
 */
public record ColumnFreshness(Column column, Optional<LocalDate> last, int daysSince, int daysLeft, State state) {
    public enum State {
        /** Updated within its interval, and not about to run out. */
        FRESH,
        /** Still within its interval, but it runs out within the warning lead (working days). */
        SOON,
        /** Not updated within {@code update-days}. */
        STALE,
        /** Nothing published in it at all. */
        EMPTY,
        /** No {@code update-days} configured: not judged. */
        UNTRACKED
    }

    /** Stale or empty while it has an interval: what the single-veto count of stale columns counts. */
    public boolean failing() {
        return state == State.STALE || state == State.EMPTY;
    }

    /** The last day the column is still fresh, when it has items and an interval. */
    public Optional<LocalDate> deadline() {
        return column.updateDays() > 0 ? last.map(d -> d.plusDays(column.updateDays())) : Optional.empty();
    }
}
