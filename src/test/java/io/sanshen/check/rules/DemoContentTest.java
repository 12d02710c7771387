package io.sanshen.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleRegistry;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped rules over the demo portal in the repository: real content must raise nothing above info. */
class DemoContentTest {
    @Test
    void demoPortalRaisesNothingAboveInfo() throws Exception {
        CheckContext ctx = RuleSites.load(Path.of("").toAbsolutePath(), false);
        CheckReport report = new CheckEngine(RuleRegistry.standard()).run(ctx);
        List<String> serious = report.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.oneLine(Lang.ZH) + " | " + f.excerpt()).toList();
        report.findings().stream().map(f -> f.oneLine(Lang.ZH)).forEach(System.out::println);
        assertThat(serious).isEmpty();
        assertThat(report.itemsChecked()).isGreaterThan(30);
    }
}
