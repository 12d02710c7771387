package io.sanshen.build;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.FindingCache;
import io.sanshen.check.RuleRegistry;
import io.sanshen.check.rules.UnpublishedLinkRule;
import io.sanshen.content.Item;
import io.sanshen.content.PublicationWindow;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SiteLinks;
import io.sanshen.content.SiteSnapshot;
import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The CHECK phase: runs the standard rules over every loaded item (no network), adds the findings of rules that
 * need review data, drops warnings that reviewers waived, and says which items a blocker keeps off the portal and
 * why. It settles what will be published, and so the run's one link resolution ({@link #links()}), which the
 * renderer then writes links with. The build goes on with the rest.
 */
final class CheckPhase {
    private final List<Finding> findings;
    /** Blockers by the item they keep offline (a blocked attachment blocks its whole bundle), or by static file. */
    private final Map<String, List<Finding>> blockers;
    private final SiteLinks links;

    private CheckPhase(List<Finding> findings, SiteContent content, SiteLinks links) {
        this.findings = findings.stream().sorted().toList();
        this.blockers = CheckReport.blockersByItem(this.findings, content);
        this.links = links;
    }

    /**
     * @param rulesRoot where word lists are read (the approved policy files in a publishing build)
     * @param extra     findings of the review-aware rules (and the content's own, which keep their items offline)
     * @param cache     findings of unchanged items kept from the builds before
     */
    static CheckPhase run(SiteSnapshot snapshot, BuildOptions options, Path rulesRoot, List<Finding> extra,
                          Waivers waivers, FindingCache.Run cache) {
        SiteContent content = snapshot.loaded().checkable();
        Set<String> leftOut = snapshot.loaded().leftOut().keySet();
        Predicate<Item> online = PublicationWindow.online(options.today(), options.preview())
                .and(i -> !leftOut.contains(i.path()));
        CheckEngine engine = new CheckEngine(RuleRegistry.standard());
        SiteLinks first = snapshot.links(online, f -> true);
        List<Finding> all = new ArrayList<>(engine.run(new CheckContext(content, rulesRoot, options.today(), false,
                first), cache).findings());
        all.addAll(extra);
        Set<Finding> findings = new LinkedHashSet<>(waivers.apply(all));
        SiteLinks links = offlineLinks(snapshot, first, rulesRoot, options, online, waivers, engine, findings);
        return new CheckPhase(List.copyOf(findings), content, links);
    }

    /**
     * A blocker keeps an item offline (a static file even in a preview, which shows blocked items), so links to it
     * from other items are dead on the portal: checks the links again against what stays online, until nothing
     * further is blocked (each round blocks at least one more path, so it ends). Returns the resolution of the last
     * round: exactly what will be published.
     */
    private static SiteLinks offlineLinks(SiteSnapshot snapshot, SiteLinks first, Path rulesRoot, BuildOptions options,
                                          Predicate<Item> online, Waivers waivers, CheckEngine engine,
                                          Set<Finding> findings) {
        SiteContent content = snapshot.loaded().checkable();
        Set<String> blocked = blockedPaths(findings, content);
        if (blocked.isEmpty()) {
            return first; // the first run's links were checked against this very set of published items
        }
        while (true) {
            Set<String> offline = Set.copyOf(blocked);
            Predicate<Item> published = options.preview() ? online : online.and(i -> !offline.contains(i.path()));
            SiteLinks links = snapshot.links(published, f -> !offline.contains(f));
            List<Item> items = content.items().stream().filter(published).toList();
            CheckContext ctx = new CheckContext(content, rulesRoot, options.today(), false, links);
            findings.addAll(waivers.apply(engine.runItemRule(ctx, items, UnpublishedLinkRule.ID)));
            if (!blocked.addAll(blockedPaths(findings, content))) {
                return links;
            }
        }
    }

    /** The items (and static files) a blocker keeps offline; a blocked attachment blocks its bundle. */
    private static Set<String> blockedPaths(Collection<Finding> findings, SiteContent content) {
        return new HashSet<>(CheckReport.blockersByItem(List.copyOf(findings), content).keySet());
    }

    List<Finding> findings() {
        return findings;
    }

    /** Where links lead on the published portal: the resolution the check settled on, for the renderer. */
    SiteLinks links() {
        return links;
    }

    /**
     * Why {@code path} (an item's Markdown file, or a static file) may not be published, if a check found a blocker
     * in it or in any of its attachments; each rule is named with the attachment it blocked.
     */
    Optional<Exclusion> exclusion(String path) {
        return Optional.ofNullable(blockers.get(path)).map(found -> Exclusion.blockedBy(path, found));
    }
}
