package io.sanshen.check;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** All findings of a run, sorted, and the items that have at least one blocker. */
public record CheckReport(List<Finding> findings, int itemsChecked) {
    public CheckReport {
        findings = findings.stream().sorted().toList();
    }

    public Set<String> blockedPaths() {
        return findings.stream().filter(Finding::isBlocker).map(f -> f.pos().path()).collect(Collectors.toSet());
    }

    public Map<Severity, Long> counts() {
        return findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    }

    public boolean hasBlockers() {
        return findings.stream().anyMatch(Finding::isBlocker);
    }

    /** Blockers, or warnings that no reviewer waived (the caller filters waived ones first). */
    public boolean hasWarnings() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
    }
}
