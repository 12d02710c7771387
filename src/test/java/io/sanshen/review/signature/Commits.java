package io.sanshen.review.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Test helpers that read and forge raw commit objects. */
final class Commits {
    private Commits() {
    }

    static final String APPROVAL = """
            审核通过：二审 content/news/2024-05-22-meeting.md

            Sanshen-Review: approve
            Sanshen-Level: 2
            Sanshen-Item: content/news/2024-05-22-meeting.md 9fceb02d0ae598e95dc970b74767f19372d61af8
            Sanshen-Checks: 政治 政策 文字 保密 舆情
            Sanshen-Opinion: 同意发布
            """;

    static byte[] raw(Repository repo, ObjectId id) throws IOException {
        return repo.open(id, Constants.OBJ_COMMIT).getBytes();
    }

    /** Writes {@code raw} as a new commit object (as an attacker with push access could) and parses it. */
    static RevCommit insert(Repository repo, byte[] raw) throws IOException {
        try (ObjectInserter ins = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            ObjectId id = ins.insert(Constants.OBJ_COMMIT, raw);
            ins.flush();
            return walk.parseCommit(id);
        }
    }

    /** The commit with the first occurrence of {@code from} replaced by {@code to} (same length keeps it subtle). */
    static byte[] replace(byte[] raw, String from, String to) {
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("not in commit: " + from);
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }
}
