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

/** 成文日期 after 发布日期 cannot be (blocker); a publication date after today is probably a typo (warning). */
public final class DatesRule implements Rule {
    public static final String ID = "format.dates";
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
        return Text.of("成文日期不能晚于发布日期，发布日期不应晚于今天。",
                "The created date may not be after the publication date, which should not be in the future.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        FrontMatter m = doc.item().meta();
        if (m.date() == null) {
            return;
        }
        LocalDate published = m.date().toLocalDate();
        if (m.created() != null && m.created().isAfter(published)) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "created", Text.of("成文日期 " + m.created() + " 晚于发布日期 " + published + "。",
                    "Created date " + m.created() + " is after the publication date " + published + "."),
                    Text.of("按原件核对成文日期（created）和发布日期（date）。", "Check created and date against the original.")));
        }
        if (published.isAfter(today)) {
            out.accept(doc.fieldFinding(ID, Severity.WARNING, "date", Text.of("发布日期 " + published + " 晚于今天（" + today + "）。",
                    "Publication date " + published + " is after today (" + today + ")."),
                    Text.of("核对年份和月份；定时发布请在到期后再合并。", "Check year and month; for scheduled publication, merge on the day.")));
        }
    }
}
