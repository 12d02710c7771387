package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocNoBodyRuleTest {
    @TempDir
    Path dir;

    @Test
    void blocksDocumentHeadThatDiffersFromMetadata() throws Exception {
        RuleHarness.ItemText item = item().extra("doc-no: 测政发〔2026〕3号").body("测政发〔2026〕5号\n\n各部门：\n");
        assertThat(where(run(dir, ctx -> new DocNoBodyRule(), item.toString())))
                .containsExactly(item.bodyLine() + ":1 blocker format.doc-no-body");
    }

    @Test
    void blocksSelfReferenceInASentence() throws Exception {
        RuleHarness.ItemText item = item().extra("doc-no: 测政发〔2026〕3号").body("各部门：\n\n本通知（测政发〔2026〕8号）自印发之日起施行。\n");
        assertThat(run(dir, ctx -> new DocNoBodyRule(), item.toString())).singleElement()
                .satisfies(f -> assertThat(f.pos().column()).isEqualTo(5));
    }

    @Test
    void ignoresMatchingHeadAndCitationsOfSiblingDocuments() throws Exception {
        RuleHarness.ItemText item = item().extra("doc-no: 测政发〔2026〕3号").body("""
                测政发〔2026〕3号

                根据《测试区人民政府关于加强管理的意见》（测政发〔2026〕1号），依照测政发〔2025〕9号文件精神，现通知如下。
                """);
        assertThat(run(dir, ctx -> new DocNoBodyRule(), item.toString())).isEmpty();
    }
}
