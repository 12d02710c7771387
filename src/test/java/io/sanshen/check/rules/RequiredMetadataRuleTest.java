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
    void portalGenresThatAreNoOfficialDocumentNeedNoConfigAndNoDocNoButDecisionsAndReportsDo() throws Exception {
        // the item must load (its genre is in the default vocabulary) for the missing topic to be reported at all
        for (String genre : java.util.List.of("公示", "年报", "年度报告", "工作报告", "规划", "方案")) {
            assertThat(where(run(dir, ctx -> new RequiredMetadataRule(), item().with("genre", genre).without("topic").toString())))
                    .as(genre).containsExactly("2:1 warning format.required-metadata");
        }
        // 决定 and 报告 stay 公文: used as such they have a 文号, so its absence is still noted
        for (String genre : java.util.List.of("决定", "报告")) {
            assertThat(where(run(dir, ctx -> new RequiredMetadataRule(), item().with("genre", genre).toString())))
                    .as(genre).containsExactly("9:8 info format.required-metadata");
        }
    }

    @Test
    void acceptsCompleteItemsAndSiteGenresWithoutDocNo() throws Exception {
        assertThat(run(dir, ctx -> new RequiredMetadataRule(), item().toString())).isEmpty();
        assertThat(run(dir, ctx -> new RequiredMetadataRule(), item().with("genre", "通知").extra("doc-no: 测政发〔2026〕1号").toString())).isEmpty();
    }
}
