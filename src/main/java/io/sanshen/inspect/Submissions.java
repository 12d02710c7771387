package io.sanshen.inspect;

import io.sanshen.content.SiteLayout;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * When each Markdown version under {@code content/} was submitted: the earliest commit reachable from HEAD that
 * brings that blob to that path (against its first parent; on a side branch too, so a pull request counts from
 * when its author committed, not from its merge). One walk over the history; commits that change no tree (the
 * approval records) cost a comparison of two ids.
 */
final class Submissions {
    private final Map<String, Instant> first = new HashMap<>();

    private Submissions() {
    }

    static Submissions of(Repository repo, ObjectId head) throws IOException {
        Submissions s = new Submissions();
        TreeFilter filter = AndTreeFilter.create(PathFilter.create(SiteLayout.ROOT), PathSuffixFilter.create(".md"));
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            walk.markStart(walk.parseCommit(head));
            tw.setRecursive(true);
            for (RevCommit c = walk.next(); c != null; c = walk.next()) {
                RevCommit parent = c.getParentCount() > 0 ? walk.parseCommit(c.getParent(0)) : null;
                if (parent != null && parent.getTree().equals(c.getTree())) {
                    continue;
                }
                tw.reset();
                tw.setFilter(parent == null ? filter : AndTreeFilter.create(filter, TreeFilter.ANY_DIFF));
                if (parent != null) {
                    tw.addTree(parent.getTree());
                }
                int mine = tw.addTree(c.getTree());
                Instant when = c.getCommitterIdent().getWhenAsInstant();
                while (tw.next()) {
                    ObjectId blob = tw.getObjectId(mine);
                    if (!blob.equals(ObjectId.zeroId())) {
                        s.first.merge(key(tw.getPathString(), blob), when, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }
        return s;
    }

    /** When {@code blob} first appeared at {@code path}, or {@code fallback} when no commit brings it. */
    Instant of(String path, ObjectId blob, Instant fallback) {
        return first.getOrDefault(key(path, blob), fallback);
    }

    private static String key(String path, ObjectId blob) {
        return blob.name() + path;
    }
}
