package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleRuleTest {
    @TempDir
    Path dir;

    @Test
    void warnsForTrailingPunctuation() throws Exception {
        assertThat(where(run(dir, TitleRule::new, item().with("title", "区政府召开常务会议。").toString())))
                .containsExactly("2:8 warning format.title");
        assertThat(run(dir, TitleRule::new, item().with("title", "\"区政府召开常务会议？\"").toString())).hasSize(1);
    }

    @Test
    void warnsForTitlesLongerThanTheConfiguredLimit() throws Exception {
        assertThat(run(dir, TitleRule::new, item().with("title", "测".repeat(61)).toString())).singleElement()
                .satisfies(f -> assertThat(f.message().zh()).contains("61"));
        assertThat(RuleHarness.run(RuleHarness.context(dir, item().with("title", "测".repeat(21)).toString(), false),
                new TitleRule(20))).hasSize(1);
    }

    @Test
    void acceptsTitlesWithInnerPunctuationAndClosingBrackets() throws Exception {
        assertThat(run(dir, TitleRule::new, item().with("title", "关于《条例》的解读：问与答（一）").toString())).isEmpty();
        assertThat(run(dir, TitleRule::new, item().with("title", "测".repeat(60)).toString())).isEmpty();
        assertThat(run(dir, TitleRule::new, item().with("title", "\"　区政府召开常务会议 \"").toString())).isEmpty();
    }
}
