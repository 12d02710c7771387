package io.sanshen.desk;

import io.sanshen.approve.ReviewRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Who submitted each waiting file, for the queue's 作者 column: the Git author of the newest commit that changed the
 * file (approval records change no file and are skipped). Display only — who may not approve their own work is
 * decided by the review engine, which follows signatures and registered e-mails.
 */
final class Authors {
    private final Map<String, String> names = new HashMap<>();

    private Authors() {
    }

    static Authors of(Path siteRoot, ObjectId head, Collection<String> paths) throws IOException {
        Authors a = new Authors();
        Set<String> wanted = new HashSet<>(paths);
        if (wanted.isEmpty() || head == null) {
            return a;
        }
        try (Repository repo = ReviewRepo.open(siteRoot); RevWalk walk = new RevWalk(repo);
             TreeWalk tw = new TreeWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            tw.setRecursive(true);
            for (RevCommit c = walk.next(); c != null && !wanted.isEmpty(); c = walk.next()) {
                if (c.getParentCount() == 0 || c.getParentCount() > 1) {
                    continue; // merges bring others' commits, which the walk visits themselves
                }
                RevCommit parent = walk.parseCommit(c.getParent(0));
                if (parent.getTree().equals(c.getTree())) {
                    continue;
                }
                tw.reset(parent.getTree(), c.getTree());
                tw.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(wanted), TreeFilter.ANY_DIFF));
                while (tw.next()) {
                    String path = tw.getPathString();
                    if (wanted.remove(path)) {
                        a.names.put(path, c.getAuthorIdent().getName());
                    }
                }
            }
        }
        return a;
    }

    String of(String path) {
        return names.getOrDefault(path, "");
    }
}
