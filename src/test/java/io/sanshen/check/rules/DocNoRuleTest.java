package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocNoRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String docNo) throws Exception {
        return run(dir, ctx -> new DocNoRule(), item().extra("doc-no: " + docNo).toString());
    }

    @ParameterizedTest
    @CsvSource({"示政发[2026]3号", "示政发(2026)3号", "示政发（2026）3号", "示政发【2026】3号", "示政发［2026］3号",
        "示政发〔2026〕第3号", "示政发〔2026〕03号", "示政发〔26〕3号", "示政发 〔2026〕 3号"})
    void blocksNonStandardFormsWithTheCorrectedText(String docNo) throws Exception {
        assertThat(check(docNo)).singleElement().satisfies(f -> {
            assertThat(f.pos().line()).isEqualTo(12);
            assertThat(f.severity().id()).isEqualTo("blocker");
            assertThat(f.fix().zh()).isEqualTo("改为“示政发〔2026〕3号”。");
        });
    }

    @Test
    void blocksUnreadableNumbers() throws Exception {
        assertThat(check("示政发2026年第3号")).singleElement().satisfies(f -> assertThat(f.message().zh()).contains("无法识别"));
    }

    @Test
    void acceptsStandardFormsAndOrders() throws Exception {
        assertThat(check("示政办发〔2026〕14号")).isEmpty();
        assertThat(check("示范区人民政府令第3号")).isEmpty();
        assertThat(run(dir, ctx -> new DocNoRule(), item().toString())).isEmpty();
    }
}
