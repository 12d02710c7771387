package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecrecyKeywordRuleTest {
    @TempDir
    Path dir;

    @Test
    void warnsOnInternalUsePhrasesInBodyAndTitle() throws Exception {
        RuleHarness.ItemText item = item().with("title", "内部资料：工作简报").body("本文件仅供内部参阅，注意保密，不得外传。\n");
        assertThat(where(run(dir, ctx -> new SecrecyKeywordRule(), item.toString()))).containsExactly(
                "2:8 warning secrecy.keyword", item.bodyLine() + ":4 warning secrecy.keyword",
                item.bodyLine() + ":11 warning secrecy.keyword", item.bodyLine() + ":16 warning secrecy.keyword");
    }

    @Test
    void ignoresDeniedPhrasesAndOrdinaryWords() throws Exception {
        RuleHarness.ItemText item = item().body("本简报不属于内部资料。内部控制制度完善，文件保密工作规范。\n");
        assertThat(run(dir, ctx -> new SecrecyKeywordRule(), item.toString())).isEmpty();
    }
}
