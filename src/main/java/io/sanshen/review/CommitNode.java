package io.sanshen.review;

import java.time.Instant;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What the review needs of one commit, kept compact so that 100,000 commits fit easily.
 *
 * @param index       position in topological order (parents first)
 * @param parents     indexes of the parents
 * @param tree        the commit's tree
 * @param empty       tree equals the first parent's tree (a root commit is never empty)
 * @param authorEmail lower-case author e-mail
 * @param time        committer time
 * @param message     full message, only for commits that mention a record; else null
 * @param raw         raw commit bytes, only for record candidates and signed content commits; else null
 * @param entry       position, on the first-parent history of HEAD, of the commit that brought this one in (for a
 *                    mainline commit its own position; for a merged side-branch commit its merge's)
 */
record CommitNode(int index, ObjectId id, int[] parents, ObjectId tree, boolean empty, String authorEmail,
                  Instant time, String message, byte[] raw, int entry) {
    boolean mentionsRecord() {
        return message != null;
    }
}
