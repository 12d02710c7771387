package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareSentenceRuleTest {
    @TempDir
    Path dir;

    @Test
    void warnsWhenListedSharesOfOneWholeMissOneHundred() throws Exception {
        RuleHarness.ItemText item = item().body("第一、二、三产业增加值分别占地区生产总值的2.1%、38.5%、60.4%。\n");
        assertThat(where(run(dir, ctx -> new ShareSentenceRule(), item.toString())))
                .containsExactly(item.bodyLine() + ":22 warning statistics.share-sentence");
        RuleHarness.ItemText other = item().body("三类项目投资占比分别为50%、30%和15%。\n");
        assertThat(run(dir, ctx -> new ShareSentenceRule(), other.toString())).singleElement()
                .satisfies(f -> assertThat(f.message().zh()).contains("95%"));
    }

    @Test
    void acceptsSharesAddingUpAndIgnoresGrowthRatesAndPartialLists() throws Exception {
        String body = """
                第一、二、三产业增加值分别占地区生产总值的2.1%、38.5%、59.4%。

                规上工业、固定资产投资、社零总额分别增长4.5%、5.2%、6.1%。

                教育、卫生、社保支出分别占12%、8%、5%等。

                两项分别占40%、30%。
                """;
        assertThat(run(dir, ctx -> new ShareSentenceRule(), item().body(body).toString())).isEmpty();
    }
}
