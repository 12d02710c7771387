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

class RepeatedWordRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, RepeatedWordRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnDoubledFunctionWords() throws Exception {
        List<Finding> found = check("全区的的经济运行平稳，完成了了全年任务，这是是一项重点工作，在在全区推广，企业和和个人及及时报送。\n");
        assertThat(found).extracting(f -> f.message().zh())
                .containsExactly("“的”重复。", "“了”重复。", "“是”重复。", "“在”重复。", "“和”重复。");
        assertThat(where(found).get(0)).isEqualTo(line() + ":3 warning text.repeated-word");
        assertThat(found.get(0).endColumn()).isEqualTo(5);
    }

    @Test
    void warnsOnDoubledWordsAndAMeetingNamedTwice() throws Exception {
        List<Finding> found = check("召开全区视频调度会会议，会议会议要求推动高质量发展高质量发展。\n");
        assertThat(where(found)).containsExactly(line() + ":9 warning text.repeated-word",
                line() + ":13 warning text.repeated-word", line() + ":21 warning text.repeated-word");
        assertThat(found).extracting(f -> f.fix().zh())
                .containsExactly("删去多余的“会”。", "删去多余的“会议”。", "删去多余的“高质量发展”。");
    }

    @Test
    void warnsOnACharacterTypedThreeTimesButNotOnLaughter() throws Exception {
        List<Finding> found = check("确保建议提案件件件有人管、件件有人办。他笑道：“哈哈哈，好。”\n");
        assertThat(where(found)).containsExactly(line() + ":7 warning text.repeated-word");
        assertThat(found.get(0).fix().zh()).isEqualTo("删去多余的“件”。");
    }

    @Test
    void leavesWordsThatHappenToMeetAndReduplicationAlone() throws Exception {
        assertThat(check("""
                明确目的的确定方法和标的的金额，为了了解情况，不了了之。但是是否可行，现在在做什么，要实实在在，是是非非，和和美美。
                总和和平均值，参与与否，与与会人员座谈，涉及及时报送，普及及提高。
                常常看看，人人天天，星星谢谢，试试，研究研究，一个一个地落实，谢谢谢谢。
                工会会员、协会会长出席工会会议。森林防火工作工作计划，以旧换新政策政策解读，常务会议会议纪要。
                """)).isEmpty();
    }
}
