package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareColumnRuleTest {
    @TempDir
    Path dir;

    private List<String> check(String body) throws Exception {
        RuleHarness.ItemText item = item().body(body);
        return where(run(dir, ctx -> new ShareColumnRule(), item.toString())).stream()
                .map(s -> s.replaceFirst("^(\\d+)", String.valueOf(Integer.parseInt(s.split(":")[0]) - item.bodyLine())))
                .toList();
    }

    @Test
    void warnsWhenSharesOfACompleteTableMissOneHundredAtTheLastShare() throws Exception {
        assertThat(check("""
                | 项目 | 金额（万元） | 占比 |
                |---|---:|---:|
                | 教育 | 500 | 50.0% |
                | 卫生 | 300 | 30.0% |
                | 其他 | 200 | 22.0% |
                | 合计 | 1,000 | 100.0% |
                """)).containsExactly("4:14 warning statistics.share-column");
    }

    @Test
    void warnsWhenSharesExceedOneHundredEvenWithoutTotal() throws Exception {
        assertThat(check("""
                | 类别 | 比重（%） |
                |---|---:|
                | 一 | 60 |
                | 二 | 50 |
                """)).hasSize(1);
    }

    @Test
    void acceptsSubRowsUnderBothReadingsOfQiZhong() throws Exception {
        assertThat(check("""
                | 项目 | 预算数 | 占比 |
                |---|---:|---:|
                | 税收收入 | 800 | 80.0% |
                | 其中：增值税 | 500 | 50.0% |
                | 企业所得税 | 300 | 30.0% |
                | 非税收入 | 200 | 20.0% |
                | **合计** | **1,000** | **100.0%** |
                """)).isEmpty();
        assertThat(check("""
                | 项目 | 占比 |
                |---|---:|
                | 一产 | 10.1% |
                | 二产 | 40.3% |
                | 其中：工业 | 35.0% |
                | 三产 | 49.6% |
                | 合计 | 100% |
                """)).isEmpty();
    }

    @Test
    void ignoresRatesAndPartialListsOfShares() throws Exception {
        assertThat(check("""
                | 指标 | 同比增长（%） | 合格率 |
                |---|---:|---:|
                | 甲 | 60.5% | 99.0% |
                | 乙 | 70.2% | 98.5% |
                | 合计 | 65.0% | 98.8% |
                """)).isEmpty();
        assertThat(check("""
                | 主要支出 | 占比 |
                |---|---:|
                | 教育 | 22% |
                | 社保 | 14% |
                """)).isEmpty();
    }
}
