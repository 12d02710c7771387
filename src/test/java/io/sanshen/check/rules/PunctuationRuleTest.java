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

class PunctuationRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, PunctuationRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnHalfWidthMarksBetweenChineseCharacters() throws Exception {
        List<Finding> found = check("会议指出, 要做好防汛工作;各单位:是否同意?请回复!会议召开.下一步加强检查.\n");
        assertThat(where(found)).containsExactly(line() + ":5 warning text.punctuation", line() + ":14 warning text.punctuation",
                line() + ":18 warning text.punctuation", line() + ":23 warning text.punctuation",
                line() + ":27 warning text.punctuation", line() + ":32 warning text.punctuation",
                line() + ":40 warning text.punctuation");
        assertThat(found).extracting(f -> f.fix().zh()).containsExactly("改为全角“，”。", "改为全角“；”。", "改为全角“：”。",
                "改为全角“？”。", "改为全角“！”。", "改为全角“。”。", "改为全角“。”。");
    }

    @Test
    void warnsOnACommaBetweenParallelItemsOfAListOfEnumerationCommas() throws Exception {
        List<Finding> found = check("共有水库5座：东山水库、南湖村西岭水库，北岭水库、石门水库。主要桥梁有大河桥、新村过路桥，老街过路桥、东门桥。\n");
        String first = "共有水库5座：东山水库、南湖村西岭水库";
        String second = "共有水库5座：东山水库、南湖村西岭水库，北岭水库、石门水库。主要桥梁有大河桥、新村过路桥";
        assertThat(where(found)).containsExactly(line() + ":" + (first.length() + 1) + " warning text.punctuation",
                line() + ":" + (second.length() + 1) + " warning text.punctuation");
        assertThat(found.get(0).fix().zh()).isEqualTo("改为顿号“、”。");
    }

    @Test
    void leavesCommasBetweenTwoListsAndBetweenUnlikeItemsAlone() throws Exception {
        assertThat(check("""
                要加强监管、规范执法，推进改革、提升服务。

                各乡镇人民政府、镇人民政府，县政府各部门、各直属机构：

                副县长赵庆宇，副县长刘姝、县委常委李明出席。

                有水库、东山水库，北岭水库。
                """)).isEmpty();
    }

    @Test
    void warnsOnMarksUnpairedInTheirParagraph() throws Exception {
        List<Finding> found = check("根据《关于加强管理的意见，做好工作。\n\n会议强调“要抓好落实。\n\n各部门（单位要按时报送）。）\n");
        assertThat(where(found)).containsExactly(line() + ":3 warning text.punctuation",
                (line() + 2) + ":5 warning text.punctuation", (line() + 4) + ":14 warning text.punctuation");
        assertThat(found.get(0).message().zh()).contains("《").contains("后半个");
    }

    @Test
    void warnsOnDoubledAndLeadingMarksNestedTitlesTitlePartsOutsideAndOuterSingleQuotes() throws Exception {
        List<Finding> found = check("""
                关心的热点、焦点问题，，宣传政府工作。

                ，体育馆路街道开展活动。

                依据《安徽省实施（中华人民共和国防洪法）办法》和《环境空气质量评价技术规范》（试行）执行。

                让群众‘幸福指数’倍增。
                """);
        assertThat(where(found)).containsExactly(line() + ":11 warning text.punctuation",
                (line() + 2) + ":1 warning text.punctuation", (line() + 4) + ":9 warning text.punctuation",
                (line() + 4) + ":38 warning text.punctuation", (line() + 6) + ":4 warning text.punctuation");
        assertThat(found).extracting(f -> f.fix().zh()).containsExactly("删去多余的“，”。", "与上一段接成一句，或删去该标点。",
                "改为单书名号：〈中华人民共和国防洪法〉。", "改为“（试行）》”。", "外层改用双引号“”，单引号只用在双引号之内。");
    }

    @Test
    void leavesEllipsesDashesSingleTitleMarksTitlePartsInsideAndInnerSingleQuotesAlone() throws Exception {
        assertThat(check("""
                他说：“这是‘放管服’改革……”——会议要求。

                《关于印发〈北京市2016年政务公开工作要点〉的通知》《环境空气质量指数（AQI）技术规定（试行）》
                《重污染天气重点行业应急减排措施制定技术指南（2020年修订版）》《条例》（一）。

                “第一段引文，

                “第二段‘接着’引用。”
                """)).isEmpty();
    }

    @Test
    void leavesNumbersUrlsEnglishCodeEnumeratorsAndContinuedQuotesAlone() throws Exception {
        assertThat(check("""
                增长3.5%，金额1,000万元，时间:9:30，网址:https://www.gov.cn/a.html，见 Notes: see below, ok? yes!

                一.总体要求（一）主要任务 1）明确分工；2）压实责任；a) 其他。《办法》（试行）“放管服”。

                他说：“第一段的引文，

                “第二段接着引用。”

                `会议指出,要求;` 和附件.pdf。

                ```
                会议召开.下一步（未闭合
                ```
                """)).isEmpty();
    }
}
