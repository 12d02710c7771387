package io.sanshen.check;

import io.sanshen.content.SiteContent;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** All findings of a run, sorted, and the items that have at least one blocker. */
public record CheckReport(List<Finding> findings, int itemsChecked) {
    public CheckReport {
        findings = findings.stream().sorted().toList();
    }

    /** The items (by Markdown path) and other files that a blocker keeps offline. */
    public Set<String> blockedPaths(SiteContent site) {
        return blockersByItem(findings, site).keySet();
    }

    /**
     * The blockers among {@code findings}, grouped by what they keep offline: a blocker in any file of an item (its
     * Markdown, any attachment of its bundle) belongs to the item, keyed by the item's path; a blocker in a file of
     * no item (a static file) stands for that file alone.
     */
    public static Map<String, List<Finding>> blockersByItem(List<Finding> findings, SiteContent site) {
        Map<String, String> owners = site.itemPathsByFile();
        return findings.stream().filter(Finding::isBlocker).sorted().collect(Collectors.groupingBy(
                f -> owners.getOrDefault(f.pos().path(), f.pos().path()), TreeMap::new,
                Collectors.toCollection(ArrayList::new)));
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
