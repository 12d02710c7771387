package io.sanshen.inspect;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code check} and {@code status} say about freshness: a warning a few working days before a column goes
 * stale ({@code column.stale-soon}), so there is time to publish, and one while it is stale or empty
 * ({@code column.stale}); both point at the column in site-config.yml.
 */
public final class StaleWarnings {
    public static final String SOON = "column.stale-soon";
    public static final String STALE = "column.stale";

    private StaleWarnings() {
    }

    public static List<Finding> of(Freshness f) {
        List<Finding> out = new ArrayList<>();
        for (ColumnFreshness c : f.columns()) {
            String title = c.column().title();
            int days = c.column().updateDays();
            if (c.state() == ColumnFreshness.State.SOON) {
                String due = c.deadline().orElseThrow().toString();
                out.add(Finding.of(SOON, Severity.WARNING, c.column().pos(),
                        Text.of("栏目“" + title + "”将于 " + due + " 后超期未更新（更新周期 " + days + " 天，最后发布 "
                                        + c.last().orElseThrow() + "，还剩 " + c.daysLeft() + " 天）。",
                                "Column '" + c.column().id() + "' goes stale after " + due + " (interval " + days
                                        + " days, last item " + c.last().orElseThrow() + ", " + c.daysLeft() + " days left)."),
                        Text.of("在此之前发布并审核通过一条新信息。", "Publish and approve a new item before then.")));
            } else if (c.failing()) {
                out.add(Finding.of(STALE, Severity.WARNING, c.column().pos(), c.last().isEmpty()
                        ? Text.of("栏目“" + title + "”没有任何已发布的信息（空白栏目）。",
                                "Column '" + c.column().id() + "' has no published item (empty column).")
                        : Text.of("栏目“" + title + "”已 " + c.daysSince() + " 天未更新（更新周期 " + days + " 天）。",
                                "Column '" + c.column().id() + "' has not been updated for " + c.daysSince()
                                        + " days (interval " + days + " days)."),
                        Text.of("尽快发布并审核通过一条新信息；五个及以上栏目超期或空白即单项否决。",
                                "Publish and approve a new item soon; five or more stale or empty columns fail the inspection.")));
            }
        }
        return out;
    }
}
