package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sanshen.review.signature.Verification.Status;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;

class SshSignatureTest {
    @TempDir
    Path tmp;
    Repository repo;
    final ReviewerKey alice = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
    final ReviewerKey bob = PublicKeys.parseSsh(TestKeys.sshEd25519Other().publicLine());

    @BeforeEach
    void repoWithOneItem() {
        repo = TestRepos.init(tmp.resolve("repo"));
        TestRepos.commitFile(repo, "content/news/2024-05-22-meeting.md", "# 会议\n", "稿件");
    }

    private RevCommit approveAs(TestKeys.SshKey key) throws Exception {
        return CommitSigner.withSshKey(key.writeTo(tmp, "id_" + Math.abs(key.hashCode())))
                .commitEmpty(repo, Commits.APPROVAL, TestRepos.person("科长 Chief", "chief@example.gov.cn"));
    }

    @Test
    void ed25519ApprovalVerifiesGoodWithTheRightKey() throws Exception {
        RevCommit c = approveAs(TestKeys.sshEd25519());
        CommitSignature sig = CommitSignature.of(c);
        assertThat(sig.format()).isEqualTo(SignatureFormat.SSH);
        Verification v = SignatureVerifier.verify(sig, List.of(bob, alice));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(v.keyFingerprint()).isEqualTo(alice.fingerprint());
        assertThat(v.signerFingerprint()).isEqualTo(alice.fingerprint());
    }

    @Test
    void otherKeyOnlyGivesUnknownKeyNamingTheSigner() throws Exception {
        Verification v = SignatureVerifier.verify(CommitSignature.of(approveAs(TestKeys.sshEd25519())), List.of(bob));
        assertThat(v.status()).isEqualTo(Status.UNKNOWN_KEY);
        assertThat(v.signerFingerprint()).isEqualTo(alice.fingerprint());
        assertThat(v.keyFingerprint()).isEmpty();
    }

    @Test
    void oneAlteredByteInTheMessageGivesBad() throws Exception {
        RevCommit c = approveAs(TestKeys.sshEd25519());
        RevCommit forged = Commits.insert(repo, Commits.replace(Commits.raw(repo, c), "Sanshen-Level: 2", "Sanshen-Level: 3"));
        assertThat(forged).isNotEqualTo(c);
        Verification v = SignatureVerifier.verify(CommitSignature.of(forged), List.of(alice));
        assertThat(v.status()).isEqualTo(Status.BAD);
        assertThat(v.keyFingerprint()).isEqualTo(alice.fingerprint());
        assertThat(v.detail().zh()).contains("篡改");
    }

    @Test
    void signatureForAnotherNamespaceIsRejected() throws Exception {
        RevCommit c = approveAs(TestKeys.sshEd25519());
        byte[] payload = CommitSignature.of(c).payload();
        Path key = TestKeys.sshEd25519().writeTo(tmp, "ns");
        String fileSig = new SshPayloadSigner(SshPrivateKeys.load(key)).sign(payload, "file");
        Verification v = SignatureVerifier.verify(new CommitSignature(payload, fileSig, SignatureFormat.SSH), List.of(alice));
        assertThat(v.status()).isEqualTo(Status.BAD);
        assertThat(v.detail().key()).isEqualTo("sig.ssh.namespace");
    }

    @Test
    void ecdsaAndRsaApprovalsVerifyGood() throws Exception {
        for (TestKeys.SshKey k : List.of(TestKeys.newSshEcdsa(256, "p256"), TestKeys.newSshEcdsa(384, "p384"),
                TestKeys.newSshEcdsa(521, "p521"), TestKeys.sshRsa3072())) {
            ReviewerKey key = PublicKeys.parseSsh(k.publicLine());
            Verification v = SignatureVerifier.verify(CommitSignature.of(approveAs(k)), List.of(alice, key));
            assertThat(v.status()).as(k.type()).isEqualTo(Status.GOOD);
            assertThat(v.keyFingerprint()).isEqualTo(key.fingerprint());
        }
    }

    @Test
    void unsignedCommitGivesUnsigned() throws Exception {
        RevCommit plain = TestRepos.commitFile(repo, "content/a.md", "a", "unsigned");
        CommitSignature sig = CommitSignature.of(plain);
        assertThat(sig.isSigned()).isFalse();
        assertThat(SignatureVerifier.verify(sig, List.of(alice)).status()).isEqualTo(Status.UNSIGNED);
    }

    @Test
    void garbledSignatureGivesMalformed() {
        String junk = "-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ==\n-----END SSH SIGNATURE-----\n";
        Verification v = SignatureVerifier.verify(
                new CommitSignature("x".getBytes(StandardCharsets.UTF_8), junk, SignatureFormat.SSH), List.of(alice));
        assertThat(v.status()).isEqualTo(Status.MALFORMED);
        assertThat(v.detail().en()).startsWith("malformed signature");
    }

    @Test
    void sshSignatureCheckedAgainstOnlyOpenPgpKeysGivesUnknownKey() throws Exception {
        ReviewerKey pgp = PublicKeys.parseOpenPgp(TestKeys.newPgpEd25519("P <p@example.gov.cn>").armoredPublic());
        assertThat(SignatureVerifier.verify(CommitSignature.of(approveAs(TestKeys.sshEd25519())), List.of(pgp))
                .status()).isEqualTo(Status.UNKNOWN_KEY);
    }
}
