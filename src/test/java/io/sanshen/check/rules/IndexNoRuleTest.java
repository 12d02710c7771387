package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class IndexNoRuleTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"11320199014170123X-2026-00001", "11320199014170123X/2026-001", "11320199014170123X/26-00001",
        "1132019901417012/2026-00001", "11320199014170123X／2026-00001", "113201990141701230/2026-00001A"})
    void blocksMalformedIndexNumbersAtTheField(String indexNo) throws Exception {
        assertThat(where(run(dir, ctx -> new IndexNoRule(ctx.checks()), item().with("index-no", indexNo).toString())))
                .containsExactly("3:11 blocker format.index-no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11320199014170123X/2026-00001", "014170123/2026-00015", "01417012-3/2025-00002"})
    void acceptsCreditCodesAndOrganizationCodes(String indexNo) throws Exception {
        assertThat(run(dir, ctx -> new IndexNoRule(ctx.checks()), item().with("index-no", indexNo).toString())).isEmpty();
    }

    /** A province's scheme: 10-digit 区划代码 + 0000 / year - 6-digit serial. */
    private static final String PROVINCE = "checks:\n  index-no-pattern: '\\d{10}0000/(19|20)\\d{2}-\\d{6}'\n";

    @ParameterizedTest
    @ValueSource(strings = {"22010200000000/2026-000123", "32011500000000/2019-000001"})
    void acceptsTheSchemeTheSiteConfigures(String indexNo) throws Exception {
        assertThat(run(dir, ctx -> new IndexNoRule(ctx.checks()), PROVINCE + item().with("index-no", indexNo))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11320199014170123X/2026-00001", "2201020000000/2026-000123", "22010200001111/2026-000123",
        "22010200000000/2026-00123"})
    void blocksOtherSchemesNamingTheConfiguredPattern(String indexNo) throws Exception {
        List<Finding> f = run(dir, ctx -> new IndexNoRule(ctx.checks()), PROVINCE + item().with("index-no", indexNo));
        assertThat(where(f)).containsExactly("3:11 blocker format.index-no");
        assertThat(f.get(0).message().zh()).contains("\\d{10}0000/(19|20)\\d{2}-\\d{6}", "checks.index-no-pattern");
        assertThat(f.get(0).message().en()).contains("\\d{10}0000/(19|20)\\d{2}-\\d{6}");
    }
}
