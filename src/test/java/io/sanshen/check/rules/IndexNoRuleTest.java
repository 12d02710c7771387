package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        assertThat(where(run(dir, ctx -> new IndexNoRule(), item().with("index-no", indexNo).toString())))
                .containsExactly("3:11 blocker format.index-no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11320199014170123X/2026-00001", "014170123/2026-00015", "01417012-3/2025-00002"})
    void acceptsCreditCodesAndOrganizationCodes(String indexNo) throws Exception {
        assertThat(run(dir, ctx -> new IndexNoRule(), item().with("index-no", indexNo).toString())).isEmpty();
    }
}
