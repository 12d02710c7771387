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

class DateTextRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, DateTextRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnDaysAndMonthsThatDoNotExist() throws Exception {
        assertThat(where(check("会议定于2月30日召开。\n\n第二阶段自2026年13月起。\n\n报名截至4月31日。\n")))
                .containsExactly(line() + ":5 warning text.date", (line() + 2) + ":6 warning text.date",
                        (line() + 4) + ":5 warning text.date");
    }

    @Test
    void warnsOnADateLineThatLostItsYearMonthAndDay() throws Exception {
        List<Finding> found = check("牟定县人民政府办公室\n\n{ 2017 6 23\n\n2017 13 23\n\n共有 2017 6 23 人次。\n");
        assertThat(where(found)).containsExactly((line() + 2) + ":1 warning text.date");
        assertThat(found.get(0).message().zh()).contains("缺少“年”“月”“日”");
    }

    @Test
    void knowsLeapYears() throws Exception {
        assertThat(where(check("2026年2月29日，会议召开。2024年2月29日已有先例，每年2月29日不一定存在。\n")))
                .containsExactly(line() + ":1 warning text.date");
    }

    @Test
    void warnsOnMissingMonthAndMissingDayMark() throws Exception {
        List<Finding> found = check("2025年129日，活动启动。\n\n定于7月28上午九点集合，于129日报到。\n");
        assertThat(where(found)).containsExactly(line() + ":1 warning text.date", (line() + 2) + ":3 warning text.date",
                (line() + 2) + ":15 warning text.date");
        assertThat(found.get(1).message().zh()).contains("7月28").contains("缺少“日”");
    }

    @Test
    void warnsWhenTheWeekdayIsNotTheDates() throws Exception {
        List<Finding> found = check("会议于2026年11月29日（星期一）召开，2026年11月30日(周一)报到，2026年11月29日（星期天）返程。\n");
        assertThat(where(found)).containsExactly(line() + ":4 warning text.date");
        assertThat(found.get(0).message().zh()).contains("星期日");
        assertThat(found.get(0).endColumn()).isEqualTo(4 + "2026年11月29日（星期一）".length());
    }

    @Test
    void readsDatesInChineseNumerals() throws Exception {
        List<Finding> found = check("二〇二六年二月二十九日\n\n二〇二六年十一月二十九日（星期日），十二月三十一日，二月三十二日，十三月一日。\n");
        assertThat(where(found)).containsExactly(line() + ":1 warning text.date", (line() + 2) + ":27 warning text.date",
                (line() + 2) + ":34 warning text.date");
    }

    @Test
    void leavesRealDatesRangesDurationsAndNumbersAlone() throws Exception {
        assertThat(check("""
                2026年1月1日至12月31日，全年12个月累计增长3.5%。1-12月完成投资。3月5-7日、3月5至7日、3月5、6日开展检查。

                农历2月30日，阴历12月30日，农历二月三十日，一九九九年十二月三十一日。工期129日历天，历时129日。截至10月31日，共计45日。2026年1月，完成12.5月度目标。

                ```
                2026年2月30日
                ```
                """)).isEmpty();
    }
}
