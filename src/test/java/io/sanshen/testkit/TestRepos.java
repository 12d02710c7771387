package io.sanshen.testkit;

import io.sanshen.diag.TimeZones;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Real Git repositories in a temp directory, built with JGit; no global git config is read or written. */
public final class TestRepos {
    private TestRepos() {
    }

    /** A fixed identity, so commits are reproducible across test runs. */
    public static PersonIdent person(String name, String email) {
        return new PersonIdent(name, email, Instant.parse("2024-05-22T08:00:00Z"), TimeZones.CHINA);
    }

    /** {@code git init -b main} in {@code dir}, with user.name/user.email set in the repository's own config. */
    public static Repository init(Path dir) {
        try {
            Repository repo = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().getRepository();
            StoredConfig config = repo.getConfig();
            config.setString("user", null, "name", "信息员 Editor");
            config.setString("user", null, "email", "editor@example.gov.cn");
            config.setBoolean("commit", null, "gpgsign", false);
            config.save();
            return repo;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot init test repository in " + dir, e);
        }
    }

    /** Writes {@code path} (relative to the work tree) and commits it, unsigned; returns the commit. */
    public static RevCommit commitFile(Repository repo, String path, String content, String message) {
        return commitFile(repo, path, content, message, person("信息员 Editor", "editor@example.gov.cn"));
    }

    /** The same, as author and committer {@code who} (and at its time). */
    public static RevCommit commitFile(Repository repo, String path, String content, String message, PersonIdent who) {
        try (Git git = new Git(repo)) {
            Path file = repo.getWorkTree().toPath().resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            git.add().addFilepattern(path).call();
            return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot commit " + path, e);
        }
    }

    /** The blob of {@code path} at HEAD. */
    public static ObjectId blobAtHead(Repository repo, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, repo.parseCommit(repo.resolve("HEAD")).getTree())) {
            return tw.getObjectId(0);
        }
    }

    /**
     * Replaces {@code from} by {@code to} in the commit at HEAD after it was signed, as a forger would, and moves the
     * branch to the result: the signature stays and no longer holds. Returns the forged commit.
     */
    public static ObjectId forgeHead(Repository repo, String from, String to) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        String raw = new String(repo.open(head).getBytes(), StandardCharsets.UTF_8);
        if (!raw.contains(from)) {
            throw new IllegalArgumentException("HEAD does not contain " + from);
        }
        ObjectId forged;
        try (ObjectInserter ins = repo.newObjectInserter()) {
            forged = ins.insert(Constants.OBJ_COMMIT,
                    raw.replace(from, to).getBytes(StandardCharsets.UTF_8));
            ins.flush();
        }
        RefUpdate u = repo.updateRef(repo.getFullBranch());
        u.setNewObjectId(forged);
        u.forceUpdate();
        return forged;
    }
}
