package io.sanshen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingFormatTest {
    private static final Finding MARK = new Finding("secrecy.mark", Severity.BLOCKER, new SourcePos("content/news/a.md", 14, 3),
            6, Text.of("正文中有密级标志“秘密”。", "The body carries the mark '秘密'."), Text.of("撤下本稿件。", "Withdraw the item."),
            "正文秘密★1年");
    private static final Finding TITLE = Finding.of("format.title", Severity.WARNING, new SourcePos("content/news/a.md", 2, 8),
            Text.of("标题末尾有标点“。”", "Title ends with '。'"), Text.of("删除“。”", "Remove '。'"));
    private static final Finding FILE = Finding.of("content.unknown-column", Severity.INFO, SourcePos.file("content/x/b.md"),
            Text.of("目录, 100%: 出错\n第二行", "folder, 100%: wrong\nline two"), null);
    private static final CheckReport REPORT = new CheckReport(List.of(MARK, TITLE, FILE), 3);
    private static final List<RuleInfo> RULES = List.of(new RuleInfo("format.title", Text.of("标题格式", "Title format"), false),
            new RuleInfo("secrecy.mark", Text.of("密级标志", "Classification marks"), false));

    private static String write(FindingFormat format, Lang lang) throws IOException {
        StringBuilder sb = new StringBuilder();
        format.write(REPORT, RULES, lang, sb);
        return sb.toString();
    }

    @Test
    void textShowsLineCaretUnderTheSpanCountingWideCharactersTwiceAndFix() throws IOException {
        assertThat(write(new TextFormat(), Lang.ZH)).isEqualTo("""
                content/news/a.md:2:8: 警告 [format.title] 标题末尾有标点“。”
                    修改建议：删除“。”
                content/news/a.md:14:3: 阻断 [secrecy.mark] 正文中有密级标志“秘密”。
                    正文秘密★1年
                        ^~~~~
                    修改建议：撤下本稿件。
                content/x/b.md: 提示 [content.unknown-column] 目录, 100%: 出错
                第二行
                共检查 3 条信息：阻断 1 个，警告 1 个，提示 1 个。
                """);
        assertThat(write(new TextFormat(), Lang.EN)).contains("Fix: Withdraw the item.")
                .endsWith("Checked 3 items: 1 blockers, 1 warnings, 1 info.\n");
    }

    @Test
    void textSaysHowManyFindingsPastAThousandItDoesNotShowWhileJsonAndSarifHoldThemAll() throws IOException {
        List<Finding> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            many.add(Finding.of("format.title", Severity.WARNING, new SourcePos("content/news/a.md", i, 1),
                    Text.of("第" + i + "个", "number " + i), Text.of("改", "fix")));
        }
        CheckReport report = new CheckReport(many, 1);
        StringBuilder text = new StringBuilder();
        new TextFormat().write(report, RULES, Lang.ZH, text);
        assertThat(text.toString().lines().filter(l -> l.startsWith("content/news/a.md:"))).hasSize(1_000);
        assertThat(text.toString()).contains("content/news/a.md:1000:1:").doesNotContain("content/news/a.md:1001:1:")
                .contains("另有 500 条未显示。").endsWith("共检查 1 条信息：阻断 0 个，警告 1500 个，提示 0 个。\n");
        StringBuilder en = new StringBuilder();
        new TextFormat().write(report, RULES, Lang.EN, en);
        assertThat(en.toString()).contains("500 more not shown.");
        StringBuilder json = new StringBuilder();
        new JsonFormat().write(report, RULES, Lang.ZH, json);
        assertThat(json.toString().split("\"rule\": ", -1)).hasSize(1_501);
        assertThat(json.toString()).contains("\"line\": 1500,");
        StringBuilder sarif = new StringBuilder();
        new SarifFormat().write(report, RULES, Lang.ZH, sarif);
        assertThat(sarif.toString().split("\"ruleId\": ", -1)).hasSize(1_501);
    }

    @Test
    void jsonIsStableAndEscaped() throws IOException {
        String json = write(new JsonFormat(), Lang.EN);
        assertThat(json).startsWith("{\n  \"tool\": \"sanshen\",\n  \"language\": \"en\",\n  \"itemsChecked\": 3,\n"
                + "  \"summary\": {\n    \"blocker\": 1,\n    \"warning\": 1,\n    \"info\": 1\n  },\n");
        assertThat(json).contains("\"rule\": \"secrecy.mark\",\n      \"severity\": \"blocker\",\n      \"path\": \"content/news/a.md\",\n"
                + "      \"line\": 14,\n      \"column\": 3,\n      \"endColumn\": 6,");
        assertThat(json).contains("\"message\": \"folder, 100%: wrong\\nline two\"");
        assertThat(json).isEqualTo(write(new JsonFormat(), Lang.EN));
    }

    @Test
    void sarifListsRulesAndResultsWithRegions() throws IOException {
        String sarif = write(new SarifFormat(), Lang.ZH);
        assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"name\": \"sanshen\"",
                "\"id\": \"secrecy.mark\",\n              \"shortDescription\": {\n                \"text\": \"密级标志\"",
                "\"id\": \"content.unknown-column\"", "\"level\": \"error\"", "\"level\": \"warning\"", "\"level\": \"note\"",
                "\"uri\": \"content/news/a.md\"", "\"startLine\": 14", "\"startColumn\": 3", "\"endColumn\": 6");
        assertThat(sarif.indexOf("\"ruleIndex\": 1")).isPositive();
    }

    @Test
    void actionsCommandsEscapeDataAndProperties() throws IOException {
        assertThat(write(new ActionsFormat(), Lang.EN).split("\n")).containsExactly(
                "::warning file=content/news/a.md,line=2,col=8,title=warning [format.title]::Title ends with '。' Fix: Remove '。'",
                "::error file=content/news/a.md,line=14,col=3,endColumn=6,title=blocker [secrecy.mark]::The body carries the mark '秘密'. Fix: Withdraw the item.",
                "::notice file=content/x/b.md,title=info [content.unknown-column]::folder, 100%25: wrong%0Aline two");
        assertThat(ActionsFormat.property("a,b:c%")).isEqualTo("a%2Cb%3Ac%25");
    }

    @Test
    void formatsAreFoundByName() {
        assertThat(FindingFormat.all()).extracting(FindingFormat::name).containsExactly("text", "json", "sarif", "github");
        assertThat(FindingFormat.named("yaml")).isEmpty();
    }
}
