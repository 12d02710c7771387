package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatesRuleTest {
    @TempDir
    Path dir;

    @Test
    void blocksCreatedAfterPublished() throws Exception {
        assertThat(where(run(dir, DatesRule::new, item().with("created", "2026-05-23").toString())))
                .containsExactly("6:10 blocker format.dates");
    }

    @Test
    void warnsForPublicationAfterToday() throws Exception {
        assertThat(where(run(dir, DatesRule::new, item().with("created", "2026-11-20").with("date", "2026-12-01").toString())))
                .containsExactly("7:7 warning format.dates");
    }

    @Test
    void acceptsSameDayAndTodayWithTime() throws Exception {
        assertThat(run(dir, DatesRule::new, item().with("created", "2026-11-23").with("date", "2026-11-23 18:30").toString())).isEmpty();
    }

    @Test
    void blocksYearZeroAtTheValue() throws Exception {
        assertThat(where(run(dir, DatesRule::new, item().with("created", "0000-01-01").with("date", "0000-01-01").toString())))
                .containsExactly("6:10 blocker format.dates", "7:7 blocker format.dates");
    }

    @Test
    void blocksDatesBefore1900ButAccepts1900() throws Exception {
        assertThat(where(run(dir, DatesRule::new, item().with("created", "1899-12-30").with("date", "1899-12-31").toString())))
                .containsExactly("6:10 blocker format.dates", "7:7 blocker format.dates");
        assertThat(where(run(dir, DatesRule::new, item().with("created", "1900-01-01").with("date", "1900-01-01").toString())))
                .isEmpty();
        assertThat(where(run(dir, DatesRule::new, item().with("expires", "0001-01-01").toString())))
                .containsExactly("12:10 blocker format.dates");
    }

    @Test
    void warnsWhenTheItemExpiresBeforeItGoesOnline() throws Exception {
        assertThat(where(run(dir, DatesRule::new, item().with("created", "2026-11-20").with("date", "2026-12-01")
                .with("expires", "2026-11-30").toString())))
                .containsExactly("7:7 warning format.dates", "12:10 warning format.dates");
        assertThat(where(run(dir, DatesRule::new, item().with("expires", "2026-05-22").toString())))
                .containsExactly("12:10 warning format.dates");
        assertThat(where(run(dir, DatesRule::new, item().with("expires", "2026-05-23").toString()))).isEmpty();
    }
}
