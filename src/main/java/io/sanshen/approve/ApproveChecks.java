package io.sanshen.approve;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.RuleRegistry;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.GitTreeSource;
import io.sanshen.diag.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;

/**
 * Runs the content checks on the items about to be approved, as committed at HEAD (the bytes an approval binds):
 * an item with a blocker must not be approved. Uncommitted changes are refused afterwards by the approver.
 */
public final class ApproveChecks {
    private ApproveChecks() {
    }

    /** The blocker findings (and content errors) of the items that own {@code paths}. */
    public static List<Finding> blockers(Path siteRoot, List<String> paths, LocalDate today) throws IOException {
        ConfigResult config = ConfigLoader.load(siteRoot);
        if (config.config().isEmpty()) {
            return config.findings().stream().filter(Finding::isBlocker).toList();
        }
        ContentLoader.Result loaded;
        try (Repository repo = ReviewRepo.open(siteRoot)) {
            loaded = new ContentLoader(config.config().get()).load(GitTreeSource.head(repo));
        }
        Set<String> wanted = new HashSet<>(paths);
        List<Item> items = new ArrayList<>();
        Set<String> owned = new HashSet<>();
        for (Item item : loaded.checkable().items()) {
            List<String> files = new ArrayList<>(List.of(item.path()));
            item.resources().forEach(r -> files.add(r.path()));
            if (files.stream().anyMatch(wanted::contains)) {
                items.add(item);
                owned.addAll(files);
            }
        }
        List<Finding> out = new ArrayList<>(loaded.findings().stream()
                .filter(f -> f.isBlocker() && wanted.contains(f.pos().path())).toList());
        if (!items.isEmpty()) {
            CheckContext ctx = new CheckContext(loaded.checkable(), siteRoot, today, false);
            new CheckEngine(RuleRegistry.standard()).run(ctx, items).findings().stream()
                    .filter(f -> f.isBlocker() && owned.contains(f.pos().path())).forEach(out::add);
        }
        return out;
    }
}
