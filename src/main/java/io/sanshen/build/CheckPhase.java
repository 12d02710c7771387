package io.sanshen.build;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleRegistry;
import io.sanshen.content.SiteContent;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CHECK phase: runs the standard rules over every loaded item (no network), adds the findings of rules that
 * need review data, drops warnings that reviewers waived, and says which items a blocker keeps off the portal and
 * why. The build goes on with the rest.
 */
final class CheckPhase {
    private final List<Finding> findings;
    /** Blockers by the item they keep offline (a blocked attachment blocks its whole bundle), or by static file. */
    private final Map<String, List<Finding>> blockers;

    private CheckPhase(List<Finding> findings, SiteContent content) {
        this.findings = findings.stream().sorted().toList();
        this.blockers = CheckReport.blockersByItem(this.findings, content);
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
        return new CheckPhase(waivers.apply(all), content);
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * Why {@code path} (an item's Markdown file, or a static file) may not be published, if a check found a blocker
     * in it or in any of its attachments; each rule is named with the attachment it blocked.
     */
    Optional<Exclusion> exclusion(String path) {
        List<Finding> found = blockers.get(path);
        if (found == null) {
            return Optional.empty();
        }
        Set<String> zh = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (Finding f : found) {
            boolean elsewhere = !f.pos().path().equals(path);
            zh.add(f.ruleId() + (elsewhere ? "（附件 " + f.pos() + "）" : ""));
            en.add(f.ruleId() + (elsewhere ? " (attachment " + f.pos() + ")" : ""));
        }
        return Optional.of(new Exclusion(path, Text.of("内容检查发现阻断问题：" + String.join(", ", zh),
                "the content check found blocking problems: " + String.join(", ", en))));
    }
}
