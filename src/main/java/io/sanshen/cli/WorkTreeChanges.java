package io.sanshen.cli;

import io.sanshen.config.SiteConfig;
import io.sanshen.content.SiteLayout;
import io.sanshen.diag.Text;
import io.sanshen.review.PathKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

/**
 * Files of the site (content and policy files) changed in the work tree but not committed: nobody can approve
 * them yet, since an approval binds committed bytes, so {@code status} lists them apart.
 */
final class WorkTreeChanges {
    /** One changed file and what happened to it. */
    record Change(String path, Text what) {
    }

    private WorkTreeChanges() {
    }

    static List<Change> of(Repository repo, Optional<SiteConfig> policy) throws GitAPIException {
        Status s = Git.wrap(repo).status().call();
        SiteLayout layout = SiteLayout.of(policy.orElse(null));
        TreeMap<String, Text> out = new TreeMap<>();
        add(out, s.getUntracked(), Text.of("新文件", "new file"));
        add(out, s.getAdded(), Text.of("新文件（已暂存）", "new file (staged)"));
        add(out, s.getModified(), Text.of("已修改", "modified"));
        add(out, s.getChanged(), Text.of("已修改（已暂存）", "modified (staged)"));
        add(out, s.getMissing(), Text.of("已删除", "deleted"));
        add(out, s.getRemoved(), Text.of("已删除（已暂存）", "deleted (staged)"));
        List<Change> changes = new ArrayList<>();
        out.forEach((path, what) -> {
            if (PathKind.of(path, layout) != PathKind.OTHER) {
                changes.add(new Change(path, what));
            }
        });
        return changes;
    }

    private static void add(TreeMap<String, Text> out, Set<String> paths, Text what) {
        paths.forEach(p -> out.putIfAbsent(p, what));
    }
}
