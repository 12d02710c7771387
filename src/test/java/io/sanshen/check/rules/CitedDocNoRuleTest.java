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

class CitedDocNoRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, CitedDocNoRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnCitedNumbersInOtherBracketsWithTheStandardFormAsFix() throws Exception {
        List<Finding> found = check("根据郑人社[2015]33号和深府(2006)78号文件精神，参照《办法》（深府（2006）79号）执行。\n");
        assertThat(where(found)).containsExactly(line() + ":6 warning text.doc-no", line() + ":18 warning text.doc-no",
                line() + ":41 warning text.doc-no");
        assertThat(found).extracting(f -> f.fix().zh())
                .containsExactly("改为“…〔2015〕33号”，紧接机关代字。", "改为“…〔2006〕78号”，紧接机关代字。",
                        "改为“…〔2006〕79号”，紧接机关代字。");
        assertThat(found.get(0).message().zh()).contains("[2015]33号").contains("六角括号");
        assertThat(found.get(0).endColumn()).isEqualTo(6 + "[2015]33号".length());
    }

    @Test
    void warnsOnStraySpacesNumberSignsAndPadding() throws Exception {
        List<Finding> found = check("按照中农农规字 〔2019〕4号要求，落实示政发〔2026〕第3号和示政发〔2026〕003号。\n");
        assertThat(found).extracting(f -> f.fix().zh())
                .containsExactly("改为“…〔2019〕4号”，紧接机关代字。", "改为“…〔2026〕3号”，紧接机关代字。",
                        "改为“…〔2026〕3号”，紧接机关代字。");
        assertThat(found.get(0).message().zh()).contains("空格");
        assertThat(found.get(0).pos().column()).isEqualTo(8);
        assertThat(found.get(1).message().zh()).contains("第");
        assertThat(found.get(2).message().zh()).contains("虚位");
    }

    @Test
    void warnsOnANumberWhoseBracketAndNumberSignWereLost() throws Exception {
        List<Finding> found = check("牟政办发〔201746\n\n各乡镇人民政府：\n");
        assertThat(where(found)).containsExactly(line() + ":5 warning text.doc-no");
        assertThat(found.get(0).fix().zh()).isEqualTo("改为“…〔2017〕46号”。");
        assertThat(check("依据清政发〔2015〕56号和〔2015〕第3期简报、〔2017〕。\n")).isEmpty();
    }

    @Test
    void leavesStandardNumbersAddressesAndCourtCasesAlone() throws Exception {
        assertThat(check("""
                根据《关于加强管理的意见》（示政发〔2026〕1号）和国办发〔2019〕45号文件，幸福小区(12)3号楼，
                （2019）京0105民初123号判决，（2026）年度计划，[2026]年。

                `郑人社[2015]33号`
                """)).isEmpty();
    }
}
