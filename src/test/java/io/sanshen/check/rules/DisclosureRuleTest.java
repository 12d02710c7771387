package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureRuleTest {
    @TempDir
    Path dir;

    @Test
    void blocksOnRequestAtTheDisclosureField() throws Exception {
        assertThat(where(run(dir, ctx -> new DisclosureRule(), item().with("disclosure", "依申请公开").toString())))
                .containsExactly("11:13 blocker disclosure.not-public");
    }

    @Test
    void blocksWithheld() throws Exception {
        assertThat(run(dir, ctx -> new DisclosureRule(), item().with("disclosure", "不予公开").toString()))
                .singleElement().satisfies(f -> assertThat(f.message().zh()).contains("不予公开"));
    }

    @Test
    void acceptsProactiveItemsThatMentionOtherDisclosureKinds() throws Exception {
        RuleHarness.ItemText item = item().body("除依法不予公开的外，一律主动公开；依申请公开的答复申请人。\n");
        assertThat(run(dir, ctx -> new DisclosureRule(), item.toString())).isEmpty();
        assertThat(run(dir, ctx -> new DisclosureRule(), item().without("disclosure").toString())).isEmpty();
    }
}
