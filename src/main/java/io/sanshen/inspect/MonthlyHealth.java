package io.sanshen.inspect;

import io.sanshen.build.Waivers;
import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.RuleRegistry;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.GitTreeSource;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SnapshotCache;
import io.sanshen.diag.Finding;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.diag.TimeZones;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * 内容健康 month by month: the checks run over the tree of the last mainline (first-parent) commit of each month,
 * judged by the policy in force today, so every month is measured with the same rules. Months run oldest first; a
 * month checks only the items whose files changed since the month before and keeps the others' findings (a
 * site-wide finding on an unchanged item, such as a link to an item removed since, shows up once that item changes
 * or in today's full check). Findings per tree are cached ({@link HealthCache}), so a second run checks nothing.
 */
final class MonthlyHealth {
    private final Repository repo;
    private final SiteConfig config;
    private final Path siteRoot;
    private final SnapshotCache snapshots = new SnapshotCache();

    MonthlyHealth(Repository repo, SiteConfig config, Path siteRoot) {
        this.repo = repo;
        this.config = config;
        this.siteRoot = siteRoot;
    }

    List<MonthHealth> of(ObjectId head, List<YearMonth> months, LocalDate asOf, Waivers waivers) throws IOException {
        Map<YearMonth, LocalDate> ends = new LinkedHashMap<>();
        months.forEach(m -> ends.put(m, m.atEndOfMonth().isAfter(asOf) ? asOf : m.atEndOfMonth()));
        Map<YearMonth, ObjectId> trees = lastTrees(head, ends);
        HealthCache cache = new HealthCache(siteRoot);
        List<MonthHealth> out = new ArrayList<>();
        ObjectId before = null;
        List<HealthCache.Count> counts = List.of();
        for (YearMonth m : months) {
            ObjectId tree = trees.get(m);
            if (tree != null) {
                List<HealthCache.Count> cached = tree.equals(before) ? counts : cache.get(tree.name());
                counts = cached != null ? cached : check(tree, before, counts, ends.get(m));
                cache.put(tree.name(), counts);
                before = tree;
            }
            out.add(month(m, ends.get(m), tree, tree == null ? List.of() : counts, waivers));
        }
        cache.save();
        return out;
    }

    private static MonthHealth month(YearMonth m, LocalDate end, ObjectId tree, List<HealthCache.Count> counts,
            Waivers waivers) {
        Map<String, Integer> byRule = new HashMap<>();
        int waived = 0;
        for (HealthCache.Count c : counts) {
            // the one waiver rule of the build, asked with a finding of the same rule, severity and file
            if (waivers.waived(Finding.of(c.rule(), c.severity(), SourcePos.file(c.file()), Text.of("", ""),
                    Text.of("", "")))) {
                waived += c.n();
            } else {
                byRule.merge(c.rule(), c.n(), Integer::sum);
            }
        }
        return new MonthHealth(m, end, tree == null ? "" : tree.name(), byRule, waived);
    }

    /** The tree of the newest first-parent commit dated on or before each month's end; none before the first. */
    private Map<YearMonth, ObjectId> lastTrees(ObjectId head, Map<YearMonth, LocalDate> ends) throws IOException {
        Map<YearMonth, ObjectId> out = new HashMap<>();
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(head);
            while (c != null && out.size() < ends.size()) {
                LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(c.getCommitTime()), TimeZones.CHINA);
                for (Map.Entry<YearMonth, LocalDate> e : ends.entrySet()) {
                    if (!out.containsKey(e.getKey()) && !day.isAfter(e.getValue())) {
                        out.put(e.getKey(), c.getTree().getId());
                    }
                }
                c = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
            }
        }
        return out;
    }

    /** Checks the items of {@code tree} whose files changed since {@code before} and keeps the others' counts. */
    private List<HealthCache.Count> check(ObjectId tree, ObjectId before, List<HealthCache.Count> last, LocalDate day)
            throws IOException {
        SiteContent site = new ContentLoader(config, snapshots)
                .load(new GitTreeSource(repo, tree, "tree " + tree.abbreviate(10).name())).checkable();
        Set<String> changed = before == null ? null : changedFiles(before, tree);
        List<Item> toCheck = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Item i : site.items()) {
            boolean same = changed != null && !changed.contains(i.path())
                    && i.resources().stream().noneMatch(r -> changed.contains(r.path()));
            if (same) {
                kept.add(i.path());
            } else {
                toCheck.add(i);
            }
        }
        List<HealthCache.Count> out = new ArrayList<>();
        last.stream().filter(c -> kept.contains(c.item())).forEach(out::add);
        Map<String, String> itemOf = site.itemPathsByFile();
        Map<HealthCache.Count, Integer> fresh = new LinkedHashMap<>();
        List<Finding> found = new CheckEngine(RuleRegistry.standard())
                .run(new CheckContext(site, siteRoot, day, false), toCheck).findings();
        for (Finding f : found) {
            String item = itemOf.getOrDefault(f.pos().path(), "");
            if (!kept.contains(item)) {
                fresh.merge(new HealthCache.Count(f.ruleId(), f.severity(), f.pos().path(), item, 1), 1, Integer::sum);
            }
        }
        fresh.forEach((c, n) -> out.add(new HealthCache.Count(c.rule(), c.severity(), c.file(), c.item(), n)));
        return out;
    }

    private Set<String> changedFiles(ObjectId before, ObjectId tree) throws IOException {
        Set<String> out = new HashSet<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(before);
            tw.addTree(tree);
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                out.add(tw.getPathString());
            }
        }
        return out;
    }
}
