package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingCharacterRuleTest {
    @TempDir
    Path dir;

    @Test
    void warnsAtTheStrayWithTheWordItBelongsTo() throws Exception {
        List<Finding> found = run(dir, MissingCharacterRule::new,
                item().body("县里举行项目签约仪现场气氛热烈，全体机关干部职工参加。\n").toString());
        assertThat(where(found)).containsExactly(item().bodyLine() + ":9 warning text.missing-character");
        assertThat(found.get(0).message().zh()).isEqualTo("“仪”可能漏了字，应为“仪式”。");
    }
}
