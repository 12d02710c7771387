package io.sanshen.content;

import io.sanshen.config.ReviewPolicy;
import io.sanshen.diag.TimeZones;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * 倒签 (back-dating), the one rule both {@code check}'s {@code format.backdated} and the inspection apply: a page
 * whose 发布日期 is earlier than the day its bytes were finally approved claims to have been online before anyone
 * allowed it, a single-veto item of the national indicators.
 *
 * <p>Content migrated from an older portal predates the site's signed review, so its old dates are true: the
 * admin-approved policy names the migration commit ({@code review.migration}), and an item is 迁移内容 when its file is
 * in that commit's tree and its date is not after that commit. The commit is fixed by its id and must be in the
 * history inspected, so what counts as migrated is decided by the graph: an item added later never is, whatever its
 * date or its commits' dates say.
 */
public final class Backdating {
    /** How a page's date stands against its approval. */
    public enum Verdict { DATED_ON_OR_AFTER_APPROVAL, BACKDATED, MIGRATED }

    /** No migration: every date before its approval is back-dated. */
    public static final Backdating NO_MIGRATION = new Backdating(Set.of(), LocalDate.MIN, Optional.empty());

    private final Set<String> migratedFiles;
    private final LocalDate migrationDay;
    private final Optional<String> commit;

    private Backdating(Set<String> migratedFiles, LocalDate migrationDay, Optional<String> commit) {
        this.migratedFiles = Set.copyOf(migratedFiles);
        this.migrationDay = migrationDay;
        this.commit = commit;
    }

    /**
     * The rule of {@code policy} for the history of {@code head}: no migrated content when the policy names no
     * migration commit, or names one that is missing or not in that history (deny by default).
     */
    public static Backdating of(Repository repo, ReviewPolicy policy, ObjectId head) throws IOException {
        if (policy.migration().isEmpty()) {
            return NO_MIGRATION;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit migration = walk.parseCommit(ObjectId.fromString(policy.migration().get()));
            if (!walk.isMergedInto(migration, walk.parseCommit(head))) {
                return NO_MIGRATION;
            }
            Set<String> files = new HashSet<>();
            try (TreeWalk tw = new TreeWalk(repo)) {
                tw.addTree(migration.getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    files.add(tw.getPathString());
                }
            }
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(migration.getCommitTime()), TimeZones.CHINA);
            return new Backdating(files, day, policy.migration());
        } catch (MissingObjectException | IncorrectObjectTypeException | IllegalArgumentException e) {
            return NO_MIGRATION;
        }
    }

    /** The migration commit in force, if any. */
    public Optional<String> migrationCommit() {
        return commit;
    }

    /** {@code file}: the item's Markdown file (a bundle's {@code index.md}); {@code approved}: its final approval. */
    public Verdict judge(String file, LocalDate shown, LocalDate approved) {
        if (!shown.isBefore(approved)) {
            return Verdict.DATED_ON_OR_AFTER_APPROVAL;
        }
        return migratedFiles.contains(file) && !shown.isAfter(migrationDay) ? Verdict.MIGRATED : Verdict.BACKDATED;
    }
}
