package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.FrontMatter;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Dates that cannot be right: one before 1900 (such as {@code 0000-01-01}, a placeholder) or 成文日期 after 发布日期
 * (blockers); a publication date after today (held back until that day, but often a typo) or an item that expires
 * before it goes online (warnings).
 */
public final class DatesRule implements Rule {
    public static final String ID = "format.dates";
    /** No document of a government portal is older than this; an earlier year is a placeholder or a typo. */
    static final int FIRST_YEAR = 1900;
    private final LocalDate today;

    public DatesRule(CheckContext ctx) {
        this(ctx.today());
    }

    DatesRule(LocalDate today) {
        this.today = today;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("日期不能早于 1900 年，成文日期不能晚于发布日期，发布日期不应晚于今天或失效日期。",
                "Dates may not be before 1900, the created date may not be after the publication date, which should be"
                        + " neither in the future nor on or after the expiry date.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        FrontMatter m = doc.item().meta();
        LocalDate published = m.date() == null ? null : m.date().toLocalDate();
        boolean sane = plausible(doc, "date", "发布日期", "publication date", published, out)
                & plausible(doc, "created", "成文日期", "created date", m.created(), out)
                & plausible(doc, "expires", "失效日期", "expiry date", m.expires(), out);
        if (published == null || !sane) {
            return;
        }
        if (m.created() != null && m.created().isAfter(published)) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "created", Text.of("成文日期 " + m.created() + " 晚于发布日期 " + published + "。",
                    "Created date " + m.created() + " is after the publication date " + published + "."),
                    Text.of("按原件核对成文日期（created）和发布日期（date）。", "Check created and date against the original.")));
        }
        m.scheduledAfter(today).ifPresent(day -> out.accept(doc.fieldFinding(ID, Severity.WARNING, "date",
                Text.of("发布日期 " + day + " 晚于今天（" + today + "）：构建到当天才会发布这篇信息。",
                        "Publication date " + day + " is after today (" + today + "): builds hold the item back until that day."),
                Text.of("核对年份和月份；确为定时发布则无需修改。", "Check year and month; if the item is meant to be scheduled, leave it."))));
        if (m.expires() != null && !m.expires().isAfter(published)) {
            out.accept(doc.fieldFinding(ID, Severity.WARNING, "expires", Text.of("失效日期 " + m.expires() + " 不晚于发布日期 "
                    + published + "，这篇信息永远不会上线。", "Expiry date " + m.expires() + " is not after the publication date "
                    + published + ", so the item never goes online."),
                    Text.of("核对失效日期（expires）和发布日期（date）。", "Check expires and date.")));
        }
    }

    /** True when the date is absent or not before {@link #FIRST_YEAR}; otherwise reports it. */
    private static boolean plausible(ItemDocument doc, String field, String zh, String en, LocalDate value,
                                    Consumer<Finding> out) {
        if (value == null || value.getYear() >= FIRST_YEAR) {
            return true;
        }
        out.accept(doc.fieldFinding(ID, Severity.BLOCKER, field, Text.of(zh + " " + value + " 早于 " + FIRST_YEAR
                        + " 年，不是有效日期（多为占位值或笔误）。", "The " + en + " " + value + " is before " + FIRST_YEAR
                        + ": not a real date (usually a placeholder or a typo)."),
                Text.of("按原件填写真实的" + zh + "，如 2026-03-05。", "Write the real " + en + " from the original, e.g. 2026-03-05.")));
        return false;
    }
}
