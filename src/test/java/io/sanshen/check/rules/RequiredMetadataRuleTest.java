package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequiredMetadataRuleTest {
    @TempDir
    Path dir;

    @Test
    void blocksMissingPublisherAndSourceAndWarnsForClassifications() throws Exception {
        RuleHarness.ItemText item = item().without("publisher").without("source").without("topic").without("index-no");
        assertThat(run(dir, ctx -> new RequiredMetadataRule(), item.toString()))
                .extracting(f -> f.severity().id() + " " + f.message().en())
                .containsExactlyInAnyOrder("blocker Missing publisher (发布机构).", "blocker Missing source (信息来源).",
                        "warning Missing index-no (索引号).", "warning Missing topic (主题分类).");
    }

    @Test
    void notesOfficialGenreWithoutDocNoAtTheGenreField() throws Exception {
        assertThat(where(run(dir, ctx -> new RequiredMetadataRule(), item().with("genre", "通知").toString())))
                .containsExactly("9:8 info format.required-metadata");
    }

    @Test
    void acceptsCompleteItemsAndSiteGenresWithoutDocNo() throws Exception {
        assertThat(run(dir, ctx -> new RequiredMetadataRule(), item().toString())).isEmpty();
        assertThat(run(dir, ctx -> new RequiredMetadataRule(), item().with("genre", "通知").extra("doc-no: 测政发〔2026〕1号").toString())).isEmpty();
    }
}
