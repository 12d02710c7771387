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
}
