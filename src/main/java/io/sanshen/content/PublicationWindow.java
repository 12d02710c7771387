package io.sanshen.content;

import io.sanshen.diag.Text;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which items go online on a given day, before review and checks have their say: never an item past its expiry
 * date, and a draft or an item dated after that day (held until its day, as Hugo does) only in a preview. The build selects with this, and the link check assumes it when run alone,
 * so both agree on what a link may point at.
 */
public final class PublicationWindow {
    private PublicationWindow() {
    }

    /** Why {@code item} stays offline on {@code today}, or empty when the content itself allows it online. */
    public static Optional<Text> offlineReason(Item item, LocalDate today, boolean preview) {
        if (item.meta().expiry().map(d -> !d.isAfter(today)).orElse(false)) {
            return Optional.of(Text.of("已过失效日期", "past its expiry date"));
        }
        Optional<LocalDate> scheduled = item.meta().scheduledAfter(today);
        if (scheduled.isPresent() && !preview) {
            return Optional.of(Text.of("定时发布：" + scheduled.get() + " 起上线", "scheduled: goes online on " + scheduled.get()));
        }
        if (item.meta().draft() && !preview) {
            return Optional.of(Text.of("草稿（draft: true）", "draft (draft: true)"));
        }
        return Optional.empty();
    }

    /** The items the content allows online on {@code today}. */
    public static Predicate<Item> online(LocalDate today, boolean preview) {
        return item -> offlineReason(item, today, preview).isEmpty();
    }
}
