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

class ContradictionRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, ContradictionRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnANumberBothNearlyAndOverAndOnADoubledProhibition() throws Exception {
        List<Finding> found = check("发放资料近1000余份，约200多人参加，将近三百余户受益；提醒游客不要勿采野菌，严禁勿入。\n");
        assertThat(where(found)).containsExactly(line() + ":5 warning text.contradiction",
                line() + ":13 warning text.contradiction", line() + ":23 warning text.contradiction",
                line() + ":35 warning text.contradiction", line() + ":42 warning text.contradiction");
        assertThat(found).extracting(f -> f.fix().zh()).containsExactly("删去“近”或“余”。", "删去“约”或“多”。",
                "删去“近”或“余”。", "只留一个否定词（“不要”或“勿”）。", "只留一个否定词（“严禁”或“勿”）。");
        assertThat(found.get(0).endColumn()).isEqualTo(11);
    }

    @Test
    void leavesNearnessSavingsAndSingleNegationsAlone() throws Exception {
        assertThat(check("""
                附近200余米处有学校，最近3年多来变化很大，节约100余万元，签约30多个项目，参加群众约200多人，近1000份，约200人，1000余份。

                请勿吸烟，切勿轻信，千万勿忘，不得不说。
                """)).isEmpty();
    }
}
