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

class SecrecyMarkRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(RuleHarness.ItemText item) throws Exception {
        return run(dir, ctx -> new SecrecyMarkRule(), item.toString());
    }

    @Test
    void blocksStarMarkingWithPeriodAtItsColumn() throws Exception {
        RuleHarness.ItemText item = item().body("示政发〔2026〕3号　秘密★1年\n\n正文内容。\n");
        List<Finding> f = check(item);
        assertThat(where(f)).containsExactly(item.bodyLine() + ":13 blocker secrecy.mark");
        assertThat(f.get(0).endColumn()).isEqualTo(16);
        assertThat(f.get(0).message().zh()).contains("秘密");
    }

    @Test
    void blocksLoneMarkLineInTheDocumentHead() throws Exception {
        RuleHarness.ItemText item = item().body("**绝密**\n\n正文内容。\n");
        assertThat(where(check(item))).containsExactly(item.bodyLine() + ":3 blocker secrecy.mark");
    }

    @Test
    void blocksBracketedMarkLeadingTheTitle() throws Exception {
        assertThat(where(check(item().with("title", "【机密】关于调整工作安排的通知"))))
                .containsExactly("2:8 blocker secrecy.mark");
    }

    @Test
    void blocksMarkInHeadingAndAttachmentName() throws Exception {
        RuleHarness.ItemText item = item().at("content/news/b/index.md").body("正文。\n\n## 机密★\n\n内容。\n")
                .extra("attachments:\n  - file: plan.pdf\n    title: 机密★5年 工作方案\n");
        java.nio.file.Files.createDirectories(dir.resolve("content/news/b"));
        java.nio.file.Files.writeString(dir.resolve("content/news/b/plan.pdf"), "%PDF-1.4");
        List<Finding> f = check(item);
        assertThat(f).hasSize(2).allMatch(x -> x.ruleId().equals("secrecy.mark"));
    }

    @Test
    void ignoresWordsThatMerelyContainLevelCharacters() throws Exception {
        String body = """
                秘密花园主题展览开幕。

                做好保密工作，提高数据机密性，加强商业秘密保护。

                依照国家秘密范围和定密规定，明确标识为“绝密”“机密”“秘密”的信息不得公开。

                本条解释国家秘密的定义：涉及**国家秘密**的信息。
                """;
        assertThat(check(item().with("title", "关于加强商业秘密保护的通知").body(body))).isEmpty();
    }

    @Test
    void ignoresLoneLevelWordDeepInTheBody() throws Exception {
        String body = "一\n\n二\n\n三\n\n四\n\n五\n\n六\n\n秘密\n";
        assertThat(check(item().body(body))).isEmpty();
    }
}
