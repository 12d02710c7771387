package io.sanshen.review;

import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.Deflater;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Appends a long history to a repository's branch quickly, for benchmarks: the commits are what a porcelain commit
 * and {@link CommitSigner#commitEmpty} would write, but built in memory (the tree in a {@link FolderTree}, so only
 * the folders on a changed path are written again), written through one pack inserter, and the branch is set once
 * at {@link #finish()}. Commit times increase by one minute per commit from the given start.
 */
final class HistoryWriter implements AutoCloseable {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Repository repo;
    private final PackInserter ins;
    private final FolderTree tree = new FolderTree();
    private final Instant start;
    private ObjectId startHead;
    private ObjectId head;
    private ObjectId treeId;
    private int minute;
    private int commits;
    private int signatures;
    private long signNanos;

    HistoryWriter(Repository repo, Instant start) {
        this.repo = repo;
        this.start = start;
        this.ins = ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter();
        ins.checkExisting(false); // every object is new; looking each one up would probe the pack indexes
        // zlib's fastest level: deflating every version of the trees dominates generation otherwise, and
        // bench/run.sh recompresses the pack with git anyway
        ins.setCompressionLevel(Deflater.BEST_SPEED);
    }

    /** Author and committer of the next commit. */
    PersonIdent at(String name, String email) {
        return new PersonIdent(name, email, start.plusSeconds(60L * minute++), CHINA);
    }

    /** Author and committer of the next commit, at a chosen time (histories with realistic dates). */
    PersonIdent at(String name, String email, Instant when) {
        minute++;
        return new PersonIdent(name, email, when, CHINA);
    }

    /** Records a file the branch already holds (committed before this writer), so later trees keep it. */
    void track(String path, ObjectId blob) {
        tree.put(path, blob);
    }

    /** Stages {@code bytes} at {@code path} for the next {@link #commit}; returns the blob id. */
    ObjectId put(String path, byte[] bytes) throws IOException {
        ObjectId blob = ins.insert(Constants.OBJ_BLOB, bytes);
        tree.put(path, blob);
        return blob;
    }

    /** Commits the staged files. */
    ObjectId commit(PersonIdent who, String message) throws IOException {
        treeId = tree.write(ins);
        return append(commitOf(treeId, who, message));
    }

    /** An empty commit carrying {@code record}, signed as {@link CommitSigner#commitEmpty} signs it. */
    ObjectId approve(CommitSigner signer, PersonIdent who, ApprovalRecord record) throws IOException, SigningException {
        if (treeId == null) {
            treeId = tree.write(ins);
        }
        // toMessage() ends in a newline, as commitEmpty makes every message end
        CommitBuilder c = commitOf(treeId, who, record.toMessage());
        c.setEncoding(StandardCharsets.UTF_8);
        long s = System.nanoTime();
        signer.sign(c);
        signNanos += System.nanoTime() - s;
        signatures++;
        return append(c);
    }

    int commits() {
        return commits;
    }

    int signatures() {
        return signatures;
    }

    double signSeconds() {
        return signNanos / 1e9;
    }

    private CommitBuilder commitOf(ObjectId tree, PersonIdent who, String message) throws IOException {
        if (commits == 0) {
            startHead = repo.resolve(Constants.HEAD);
            head = startHead;
        }
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(tree);
        if (head != null) {
            c.setParentId(head);
        }
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(message);
        return c;
    }

    private ObjectId append(CommitBuilder c) throws IOException {
        head = ins.insert(c);
        commits++;
        return head;
    }

    /** Writes the pack and moves the branch to the last commit. */
    void finish() throws IOException {
        ins.flush();
        if (head == null || head.equals(startHead)) {
            return;
        }
        RefUpdate u = repo.updateRef(Constants.HEAD);
        u.setExpectedOldObjectId(startHead == null ? ObjectId.zeroId() : startHead);
        u.setNewObjectId(head);
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.FAST_FORWARD && r != RefUpdate.Result.NEW) {
            throw new IOException("could not move the branch to the generated history: " + r);
        }
    }

    @Override
    public void close() {
        ins.close();
    }
}
