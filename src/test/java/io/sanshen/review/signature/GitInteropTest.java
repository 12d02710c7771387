package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sanshen.review.signature.Verification.Status;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;

/** Command-line git and ssh-keygen (both on PATH here) agree with this package, in both directions. */
class GitInteropTest {
    @TempDir
    Path tmp;
    Repository repo;
    Path work;

    @BeforeEach
    void repoWithOneItem() {
        work = tmp.resolve("repo");
        repo = TestRepos.init(work);
        TestRepos.commitFile(repo, "content/news/2024-05-22-meeting.md", "# 会议\n", "稿件");
    }

    private Path allowedSigners(ReviewerKey... keys) throws Exception {
        Path file = tmp.resolve("allowed_signers");
        Files.writeString(file, AllowedSigners.write(Map.of("reviewer@example.gov.cn", List.of(keys))));
        return file;
    }

    @Test
    void gitVerifyCommitAcceptsApprovalsSignedHere() throws Exception {
        for (TestKeys.SshKey k : List.of(TestKeys.sshEd25519(), TestKeys.newSshEcdsa(256, "p256"), TestKeys.sshRsa3072())) {
            CommitSigner.withSshKey(k.writeTo(tmp, "id_" + k.type()))
                    .commitEmpty(repo, Commits.APPROVAL, TestRepos.person("科长", "chief@example.gov.cn"));
            Path allowed = allowedSigners(PublicKeys.parseSsh(k.publicLine()));
            Processes.Result r = Processes.exec(work, Map.of(), "git", "-c", "gpg.ssh.allowedSignersFile=" + allowed,
                    "verify-commit", "HEAD");
            assertThat(r.exit()).as(k.type() + ": " + r.output()).isZero();
            assertThat(r.output()).contains("Good \"git\" signature for reviewer@example.gov.cn");
        }
    }

    @Test
    void gitVerifyCommitRejectsApprovalsByUnlistedKeys() throws Exception {
        CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "id")).commitEmpty(repo, Commits.APPROVAL);
        Path allowed = allowedSigners(PublicKeys.parseSsh(TestKeys.sshEd25519Other().publicLine()));
        Processes.Result r = Processes.exec(work, Map.of(), "git", "-c", "gpg.ssh.allowedSignersFile=" + allowed,
                "verify-commit", "HEAD");
        assertThat(r.exit()).isNotZero();
    }

    @Test
    void commitsSignedByCommandLineGitVerifyGood() throws Exception {
        Path key = TestKeys.sshEd25519().writeTo(tmp, "id_git");
        Processes.run(work, "git", "-c", "gpg.format=ssh", "-c", "user.signingkey=" + key, "commit", "--allow-empty",
                "-S", "-m", "审核通过：一审 content/news/2024-05-22-meeting.md", "-m", "Sanshen-Review: approve");
        RevCommit head;
        try (RevWalk walk = new RevWalk(repo)) {
            head = walk.parseCommit(repo.resolve(Constants.HEAD));
        }
        ReviewerKey alice = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
        ReviewerKey bob = PublicKeys.parseSsh(TestKeys.sshEd25519Other().publicLine());
        assertThat(SignatureVerifier.verify(CommitSignature.of(head), List.of(bob, alice)).status()).isEqualTo(Status.GOOD);
        assertThat(SignatureVerifier.verify(CommitSignature.of(head), List.of(bob)).status()).isEqualTo(Status.UNKNOWN_KEY);
    }

    @Test
    void gitWithGpgVerifiesOpenPgpApprovalsSignedHere() throws Exception {
        Path home = Files.createDirectory(tmp.resolve("gnupg"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        try {
            for (TestKeys.PgpKey k : List.of(TestKeys.pgpRsa3072(), TestKeys.newPgpEd25519("Ed <ed@example.gov.cn>"))) {
                Files.writeString(tmp.resolve("pub.asc"), k.armoredPublic());
                Processes.run(tmp, "gpg", "--homedir", home.toString(), "--batch", "--import", "pub.asc");
                CommitSigner.withOpenPgpKey(k.armoredSecret(), null).commitEmpty(repo, Commits.APPROVAL);
                Processes.Result r = Processes.exec(work, Map.of("GNUPGHOME", home.toString()), "git", "verify-commit",
                        "HEAD");
                assertThat(r.exit()).as(r.output()).isZero();
                assertThat(r.output()).contains("Good signature");
            }
        } finally {
            Processes.exec(tmp, Map.of(), "gpgconf", "--homedir", home.toString(), "--kill", "all");
        }
    }

    @Test
    void sshKeygenVerifiesTheSignatureExactlyAsStored() throws Exception {
        RevCommit c = CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "id")).commitEmpty(repo, Commits.APPROVAL);
        CommitSignature sig = CommitSignature.of(c);
        Files.write(tmp.resolve("payload"), sig.payload());
        Files.writeString(tmp.resolve("payload.sig"), sig.armored());
        Path allowed = allowedSigners(PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine()));
        Processes.Result r = Processes.exec(tmp, Map.of(), "sh", "-c", "ssh-keygen -Y verify -f " + allowed
                + " -I reviewer@example.gov.cn -n git -s payload.sig < payload");
        assertThat(r.exit()).as(r.output()).isZero();
    }
}
