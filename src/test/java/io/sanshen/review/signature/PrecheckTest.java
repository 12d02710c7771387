package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.signature.Verification.Status;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cryptography run before the trusted keys are known (against the key an SSHSIG embeds) must give exactly the
 * verdict of {@link SignatureVerifier#verify(CommitSignature)}, and a presumed verdict is never GOOD where the
 * signature could not hold for other reasons.
 */
class PrecheckTest {
    @TempDir
    Path tmp;

    private final ReviewerKey alice = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
    private final ReviewerKey bob = PublicKeys.parseSsh(TestKeys.sshEd25519Other().publicLine());

    /** Good, tampered, other namespace, garbled armor and unsigned, each judged by a verifier that trusts {@code keys}. */
    private List<CommitSignature> signatures() throws Exception {
        Repository repo = TestRepos.init(tmp.resolve("repo"));
        TestRepos.commitFile(repo, "content/news/a.md", "# 会议\n", "稿件");
        RevCommit good = CommitSigner.withSshKey(TestKeys.sshEd25519().writeTo(tmp, "alice"))
                .commitEmpty(repo, Commits.APPROVAL, TestRepos.person("科长 Chief", "chief@example.gov.cn"));
        RevCommit tampered = Commits.insert(repo, Commits.replace(Commits.raw(repo, good), "Sanshen-Level: 2", "Sanshen-Level: 3"));
        CommitSignature sig = CommitSignature.of(good);
        String fileNamespace = new SshPayloadSigner(SshPrivateKeys.load(tmp.resolve("alice"))).sign(sig.payload(), "file");
        List<CommitSignature> out = new ArrayList<>();
        out.add(sig);
        out.add(CommitSignature.of(tampered));
        out.add(new CommitSignature(sig.payload(), fileNamespace, SignatureFormat.SSH));
        out.add(new CommitSignature(sig.payload(), sig.armored().replace("U1NIU0lH", "U1NIU0lI"), SignatureFormat.SSH));
        out.add(new CommitSignature(sig.payload(), "", SignatureFormat.NONE));
        return out;
    }

    @Test
    void prechecksGiveExactlyTheVerdictOfAFullVerification() throws Exception {
        List<CommitSignature> sigs = signatures();
        for (List<ReviewerKey> keys : List.of(List.of(alice), List.of(bob), List.of(bob, alice), List.<ReviewerKey>of())) {
            SignatureVerifier verifier = SignatureVerifier.of(keys);
            for (CommitSignature s : sigs) {
                Verification full = verifier.verify(s);
                assertThat(verifier.verify(SignatureVerifier.precheck(s))).as(keys + " " + s).isEqualTo(full);
                assertThat(verifier.verify(SignatureVerifier.parse(s))).as(keys + " " + s).isEqualTo(full);
            }
        }
        assertThat(SignatureVerifier.of(List.of(alice)).verify(SignatureVerifier.precheck(sigs.get(1))).status())
                .isEqualTo(Status.BAD);
    }

    @Test
    void aPresumedVerdictIsGoodOnlyWhereOnlyTheCryptographyIsLeft() throws Exception {
        List<CommitSignature> sigs = signatures();
        SignatureVerifier verifier = SignatureVerifier.of(List.of(alice));
        List<Status> presumed = new ArrayList<>();
        for (CommitSignature s : sigs) {
            SignatureVerifier.Precheck parsed = SignatureVerifier.parse(s);
            presumed.add(verifier.presume(parsed).status());
            // once checked, a presumption is the exact verdict
            assertThat(verifier.presume(SignatureVerifier.precheck(s))).isEqualTo(verifier.verify(s));
        }
        // the tampered commit is presumed good (that is why a build confirms what counts); the rest are final
        assertThat(presumed).containsExactly(Status.GOOD, Status.GOOD, Status.BAD, Status.MALFORMED, Status.UNSIGNED);
        assertThat(SignatureVerifier.parse(sigs.get(1)).unchecked()).isTrue();
        assertThat(SignatureVerifier.precheck(sigs.get(1)).unchecked()).isFalse();
        assertThat(SignatureVerifier.of(List.of(bob)).presume(SignatureVerifier.parse(sigs.get(0))).status())
                .isEqualTo(Status.UNKNOWN_KEY);
    }
}
