package io.sanshen.build;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.RuleRegistry;
import io.sanshen.content.SiteContent;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The CHECK phase: runs the standard rules over every loaded item (no network), adds the findings of rules that
 * need review data, drops warnings that reviewers waived, and says which items a blocker keeps off the portal and
 * why. The build goes on with the rest.
 */
final class CheckPhase {
    private final List<Finding> findings;
    private final Map<String, TreeSet<String>> blockingRules;

    private CheckPhase(List<Finding> findings) {
        this.findings = findings.stream().sorted().toList();
        this.blockingRules = findings.stream().filter(Finding::isBlocker).collect(Collectors.groupingBy(
                f -> f.pos().path(), Collectors.mapping(Finding::ruleId, Collectors.toCollection(TreeSet::new))));
    }

    /**
     * @param rulesRoot where word lists are read (the approved policy files in a publishing build)
     * @param extra     findings of the review-aware rules
     */
    static CheckPhase run(SiteContent content, BuildOptions options, Path rulesRoot, List<Finding> extra,
                          Waivers waivers) {
        CheckContext ctx = new CheckContext(content, rulesRoot, options.today(), false);
        List<Finding> all = new ArrayList<>(new CheckEngine(RuleRegistry.standard()).run(ctx).findings());
        all.addAll(extra);
        return new CheckPhase(waivers.apply(all));
    }

    List<Finding> findings() {
        return findings;
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
