package io.sanshen.review.signature;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Run in a separate JVM by {@link JGitOpenPgpInteropTest}: JGit reads its GnuPG home ({@code jgit.gpg.home}) once
 * per JVM, so signing with JGit's own OpenPGP signer cannot share the test JVM. Args: repo dir, key fingerprint.
 */
public final class JGitOpenPgpProbe {
    private JGitOpenPgpProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(Path.of(args[0]).toFile()).build();
                Git git = new Git(repo)) {
            git.commit().setAllowEmpty(true).setMessage(Commits.APPROVAL).setSign(true).setSigningKey(args[1]).call();
        }
    }
}
