package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.RuleRegistry;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordRuleTest {
    static final String LISTS = """
            -- rules/typos.txt --
            再接再励 => 再接再厉
            -- rules/banned.txt --
            最高级别 => 高级别
            -- rules/sensitive.txt --
            某敏感词
            -- rules/nonstandard.txt --
            十八大以来 => 党的十八大以来
            -- rules/political.txt --
            错误提法
            x
            -- rules/canonical-phrases.txt --
            社会主义核心价值观
            """;

    @TempDir
    Path dir;

    private List<Finding> run(String txtar) throws Exception {
        CheckContext ctx = RuleSites.site(dir, LISTS + txtar);
        RuleRegistry r = new RuleRegistry();
        for (WordRule.Kind k : WordRule.Kind.values()) {
            r.item(k.id(), c -> new WordRule(c, k));
        }
        r.item(NearMissRule.ID, NearMissRule::new);
        r.site(WordListProblemRule.ID, WordListProblemRule::new);
        return new CheckEngine(r).run(ctx).findings();
    }

    @Test
    void reportsEachListUnderItsIdWithSeverityAndFix() throws Exception {
        List<Finding> f = run(item("content/news/a.md", "会议", "要再 接再励。启动最高级别响应。某敏感词。十八大以来。错误提法。"));
        assertThat(f).extracting(Finding::ruleId).containsExactly("words.typo", "words.banned", "words.sensitive",
                "words.nonstandard", "words.banned", "words.list");
        assertThat(f.get(0).pos().toString()).isEqualTo("content/news/a.md:6:2");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).fix().zh()).contains("再接再厉");
        assertThat(f.get(1).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.get(4).message().zh()).contains("political");
        assertThat(f.get(5).pos().toString()).isEqualTo("rules/political.txt:2:1");
    }

    @Test
    void scansTitleButNotCodeOrLinkTargetsAndHonoursAllowedPhrases() throws Exception {
        List<Finding> f = content(run(item("content/news/a.md", "再接再励 推进工作",
                "党的十八大以来。`再接再励` [链接](https://x.cn/再接再励)\n\n```\n最高级别\n```")));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.pos().line()).isEqualTo(2);
            assertThat(x.message().zh()).startsWith("标题中");
        });
    }

    @Test
    void reportsNearMissesButNotOtherWordsInAList() throws Exception {
        List<Finding> f = content(run(item("content/news/a.md", "会议", "践行社会主义核心值价观。践行社会主义核心价值关。")));
        assertThat(f).extracting(Finding::ruleId).containsExactly("words.near-miss", "words.near-miss");
        assertThat(f.get(0).fix().zh()).contains("社会主义核心价值观");
        assertThat(run(item("content/news/b.md", "会议", "社会主义核心价值观、社会主义核心价值体系。")))
                .noneMatch(x -> x.pos().path().equals("content/news/b.md"));
    }

    private static List<Finding> content(List<Finding> all) {
        return all.stream().filter(f -> f.pos().path().startsWith("content/")).toList();
    }
}
