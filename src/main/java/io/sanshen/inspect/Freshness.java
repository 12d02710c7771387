package io.sanshen.inspect;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.review.WorkdayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 更新及时性: each column's newest visible 发布日期 against its {@code update-days}, and the home page's last change
 * (it lists the newest items, so it changes whenever any item does). A column counts the items of its sub-columns
 * too. A column whose interval runs out within {@code leadDays} working days is {@link ColumnFreshness.State#SOON}.
 *
 * @param homeLast      the newest 发布日期 on the site (the home page's last change), empty when nothing is online
 * @param homeDaysSince calendar days since then; -1 when nothing is online
 */
public record Freshness(LocalDate asOf, List<ColumnFreshness> columns, Optional<LocalDate> homeLast, int homeDaysSince) {
    /** 首页连续两周未更新 is a single-veto item. */
    public static final int HOME_DAYS = 14;

    public Freshness {
        columns = List.copyOf(columns);
    }

    public static Freshness at(SiteConfig config, Collection<Release> visible, LocalDate asOf, WorkdayCalendar calendar,
            int leadDays) {
        Map<String, LocalDate> newest = new HashMap<>();
        LocalDate home = null;
        for (Release r : visible) {
            LocalDate d = r.shownDay();
            home = home == null || d.isAfter(home) ? d : home;
            for (Optional<Column> c = config.column(r.columnId()); c.isPresent(); c = c.get().parent().flatMap(config::column)) {
                newest.merge(c.get().id(), d, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<ColumnFreshness> out = new ArrayList<>();
        for (Column c : config.columns()) {
            out.add(judge(c, Optional.ofNullable(newest.get(c.id())), asOf, calendar, leadDays));
        }
        return new Freshness(asOf, out, Optional.ofNullable(home), home == null ? -1 : days(home, asOf));
    }

    private static ColumnFreshness judge(Column c, Optional<LocalDate> last, LocalDate asOf, WorkdayCalendar calendar,
            int leadDays) {
        int since = last.map(d -> days(d, asOf)).orElse(0);
        int left = c.updateDays() - since;
        ColumnFreshness.State state;
        if (c.updateDays() <= 0) {
            state = ColumnFreshness.State.UNTRACKED;
        } else if (last.isEmpty()) {
            state = ColumnFreshness.State.EMPTY;
        } else if (left < 0) {
            state = ColumnFreshness.State.STALE;
        } else if (calendar.workdaysBetween(asOf, last.get().plusDays(c.updateDays())) <= leadDays) {
            state = ColumnFreshness.State.SOON;
        } else {
            state = ColumnFreshness.State.FRESH;
        }
        return new ColumnFreshness(c, last, since, left, state);
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    /** Tracked columns that are stale or empty. */
    public List<ColumnFreshness> failing() {
        return columns.stream().filter(ColumnFreshness::failing).toList();
    }

    /** Columns about to go stale. */
    public List<ColumnFreshness> soon() {
        return columns.stream().filter(c -> c.state() == ColumnFreshness.State.SOON).toList();
    }

    public boolean homeStale() {
        return homeDaysSince < 0 || homeDaysSince > HOME_DAYS;
    }
}
