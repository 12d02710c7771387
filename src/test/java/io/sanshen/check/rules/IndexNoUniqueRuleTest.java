package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.runSite;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexNoUniqueRuleTest {
    @TempDir
    Path dir;

    @Test
    void reportsBothItemsSharingAnIndexNumber() throws Exception {
        String files = item().at("content/news/a.md") + "" + item().at("content/notices/b.md")
                + item().at("content/news/c.md").with("index-no", "11320199014170123X/2026-00002");
        assertThat(runSite(dir, IndexNoUniqueRule::new, files))
                .extracting(f -> f.pos() + " " + f.message().en())
                .containsExactly(
                        "content/news/a.md:3:11 Index number '11320199014170123X/2026-00001' is also used by content/notices/b.md.",
                        "content/notices/b.md:3:11 Index number '11320199014170123X/2026-00001' is also used by content/news/a.md.");
    }

    @Test
    void ignoresItemsWithoutIndexNumbers() throws Exception {
        String files = item().at("content/news/a.md").without("index-no") + "" + item().at("content/news/b.md").without("index-no");
        assertThat(runSite(dir, IndexNoUniqueRule::new, files)).isEmpty();
    }
}
