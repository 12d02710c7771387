package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotalRowRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, ctx -> new TotalRowRule(), item().body(body).toString());
    }

    @Test
    void warnsAtTheTotalCellThatDiffersFromTheRowsAbove() throws Exception {
        RuleHarness.ItemText item = item().body("""
                | 检查类别 | 检查单位数（家） | 发现隐患（处） |
                |---|---:|---:|
                | 商场超市 | 12 | 18 |
                | 建筑施工 | 19 | 47 |
                | 合计 | 31 | 66 |
                """);
        List<Finding> f = run(dir, ctx -> new TotalRowRule(), item.toString());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.pos().line()).isEqualTo(item.bodyLine() + 4);
            assertThat(x.pos().column()).isEqualTo(13);
            assertThat(x.message().zh()).isEqualTo("合计 66 与上方各行之和 65 不一致（“发现隐患（处）”列）。");
        });
    }

    @Test
    void acceptsTotalsWithThousandsSeparatorsBoldAndSubRowsAndSeveralLabelColumns() throws Exception {
        assertThat(check("""
                | 收入项目 | 预算数 | 支出项目 | 预算数 |
                |---|---:|---|---:|
                | 税收收入 | 1,200 | 一般公共服务 | 900 |
                | 其中：增值税 | 700 | 教育 | 500 |
                | 非税收入 | 300 |  |  |
                | **收入总计** | **1,500** | **支出总计** | **1,400** |
                """)).isEmpty();
        assertThat(check("""
                | 序号 | 项目 | 金额（亿元） |
                |---:|---|---:|
                | 1 | 甲 | 186.4 |
                | 2 | 乙 | 198.9 |
                | 3 | 丙 | 207.3 |
                | | 前三季度合计 | 592.6 |
                """)).isEmpty();
    }

    @Test
    void doesNotSumRatesOrPercentages() throws Exception {
        assertThat(check("""
                | 类别 | 抽检批次 | 合格率 | 同比增长 |
                |---|---:|---:|---:|
                | 粮食 | 120 | 100.0% | 4.5 |
                | 饮料 | 100 | 99.0% | 5.2 |
                | 合计 | 220 | 99.5% | 4.8 |
                """)).isEmpty();
    }
}
