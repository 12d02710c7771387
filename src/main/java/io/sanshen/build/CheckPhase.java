package io.sanshen.build;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleRegistry;
import io.sanshen.content.SiteContent;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The CHECK phase: runs the standard rules over every loaded item (no network), and says which items a blocker
 * keeps off the portal and why. The build goes on with the rest.
 */
final class CheckPhase {
    private final CheckReport report;
    private final Map<String, TreeSet<String>> blockingRules;

    private CheckPhase(CheckReport report) {
        this.report = report;
        this.blockingRules = report.findings().stream().filter(Finding::isBlocker).collect(Collectors.groupingBy(
                f -> f.pos().path(), Collectors.mapping(Finding::ruleId, Collectors.toCollection(TreeSet::new))));
    }

    static CheckPhase run(SiteContent content, BuildOptions options) {
        CheckContext ctx = new CheckContext(content, options.siteRoot(), options.today(), false);
        return new CheckPhase(new CheckEngine(RuleRegistry.standard()).run(ctx));
    }

    List<Finding> findings() {
        return report.findings();
    }

    /** Why {@code path} may not be published, if a check found a blocker in it. */
    Optional<Exclusion> exclusion(String path) {
        TreeSet<String> rules = blockingRules.get(path);
        if (rules == null) {
            return Optional.empty();
        }
        String ids = String.join(", ", rules);
        return Optional.of(new Exclusion(path, Text.of("内容检查发现阻断问题：" + ids,
                "the content check found blocking problems: " + ids)));
    }
}
