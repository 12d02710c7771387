package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.util.encoders.Hex;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sanshen.review.signature.Verification.Status;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;

class OpenPgpSignatureTest {
    @TempDir
    Path tmp;
    Repository repo;

    @BeforeEach
    void repoWithOneItem() {
        repo = TestRepos.init(tmp.resolve("repo"));
        TestRepos.commitFile(repo, "content/news/2024-05-22-meeting.md", "# 会议\n", "稿件");
    }

    private RevCommit approveAs(TestKeys.PgpKey key) throws Exception {
        return CommitSigner.withOpenPgpKey(key.armoredSecret(), null)
                .commitEmpty(repo, Commits.APPROVAL, TestRepos.person("处长 Director", "director@example.gov.cn"));
    }

    private static ReviewerKey reviewer(TestKeys.PgpKey key) {
        return PublicKeys.parseOpenPgp(key.armoredPublic());
    }

    @Test
    void rsaApprovalVerifiesGoodWithTheRightKey() throws Exception {
        ReviewerKey rsa = reviewer(TestKeys.pgpRsa3072());
        CommitSignature sig = CommitSignature.of(approveAs(TestKeys.pgpRsa3072()));
        assertThat(sig.format()).isEqualTo(SignatureFormat.OPENPGP);
        assertThat(sig.armored()).startsWith("-----BEGIN PGP SIGNATURE-----\n\n");
        Verification v = SignatureVerifier.verify(sig, List.of(reviewer(TestKeys.pgpRsa3072Other()), rsa));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(v.keyFingerprint()).isEqualTo(rsa.fingerprint());
        assertThat(v.signerFingerprint()).isEqualTo(rsa.fingerprint());
    }

    @Test
    void rsaApprovalCheckedAgainstAnotherKeyGivesUnknownKey() throws Exception {
        Verification v = SignatureVerifier.verify(CommitSignature.of(approveAs(TestKeys.pgpRsa3072())),
                List.of(reviewer(TestKeys.pgpRsa3072Other())));
        assertThat(v.status()).isEqualTo(Status.UNKNOWN_KEY);
        assertThat(v.signerFingerprint()).isEqualTo(reviewer(TestKeys.pgpRsa3072()).fingerprint());
    }

    @Test
    void rsaApprovalWithOneAlteredByteGivesBad() throws Exception {
        RevCommit c = approveAs(TestKeys.pgpRsa3072());
        RevCommit forged = Commits.insert(repo, Commits.replace(Commits.raw(repo, c), "同意发布", "同意发表"));
        Verification v = SignatureVerifier.verify(CommitSignature.of(forged), List.of(reviewer(TestKeys.pgpRsa3072())));
        assertThat(v.status()).isEqualTo(Status.BAD);
    }

    @Test
    void ed25519ApprovalVerifiesGoodAndTamperingIsBad() throws Exception {
        TestKeys.PgpKey ed = TestKeys.newPgpEd25519("Ed <ed@example.gov.cn>");
        RevCommit c = approveAs(ed);
        assertThat(SignatureVerifier.verify(CommitSignature.of(c), List.of(reviewer(ed))).status()).isEqualTo(Status.GOOD);
        RevCommit forged = Commits.insert(repo, Commits.replace(Commits.raw(repo, c), "Sanshen-Level: 2", "Sanshen-Level: 4"));
        assertThat(SignatureVerifier.verify(CommitSignature.of(forged), List.of(reviewer(ed))).status())
                .isEqualTo(Status.BAD);
    }

    @Test
    void signatureBySigningSubkeyMatchesThePrimaryKey() throws Exception {
        TestKeys.PgpKey ed = TestKeys.newPgpEd25519WithSigningSubkey("Sub <sub@example.gov.cn>");
        ReviewerKey key = reviewer(ed);
        Verification v = SignatureVerifier.verify(CommitSignature.of(approveAs(ed)), List.of(key));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(v.keyFingerprint()).isEqualTo(key.fingerprint());
        assertThat(v.signerFingerprint()).endsWith(key.subkeyIds().get(0)).isNotEqualTo(key.fingerprint());
    }

    /** What JGit does with ed25519 gpg keys: an issuer fingerprint (and id) that is not the signing key's. */
    @Test
    void signatureWithWrongIssuerStillVerifiesAgainstTheTrustedKey() throws Exception {
        TestKeys.PgpKey ed = TestKeys.newPgpEd25519("Ed <ed@example.gov.cn>");
        byte[] payload = "tree 0000\n\napproval\n".getBytes(StandardCharsets.UTF_8);
        String armored = signWithWrongIssuer(ed.secretRing().getSecretKey(), payload);
        CommitSignature sig = new CommitSignature(payload, armored, SignatureFormat.OPENPGP);
        Verification v = SignatureVerifier.verify(sig, List.of(reviewer(TestKeys.pgpRsa3072()), reviewer(ed)));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(v.keyFingerprint()).isEqualTo(reviewer(ed).fingerprint());
        assertThat(v.signerFingerprint()).isEqualTo("AB".repeat(20));
        assertThat(SignatureVerifier.verify(sig, List.of(reviewer(TestKeys.pgpRsa3072()))).status())
                .isEqualTo(Status.UNKNOWN_KEY);
    }

    private static String signWithWrongIssuer(PGPSecretKey secret, byte[] payload) throws Exception {
        PGPPublicKey pub = secret.getPublicKey();
        PGPSignatureGenerator gen = new PGPSignatureGenerator(
                new BcPGPContentSignerBuilder(pub.getAlgorithm(), HashAlgorithmTags.SHA256), pub);
        gen.init(PGPSignature.BINARY_DOCUMENT, secret.extractPrivateKey(null));
        PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
        hashed.setSignatureCreationTime(false, new Date());
        hashed.addCustomSubpacket(new IssuerFingerprint(false, 4, Hex.decode("AB".repeat(20))));
        hashed.setIssuerKeyID(false, 0x1234_5678_9ABC_DEF0L);
        gen.setHashedSubpackets(hashed.generate());
        gen.update(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream a = ArmoredOutputStream.builder().clearHeaders().build(out)) {
            gen.generate().encode(a);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void openPgpApprovalCheckedAgainstOnlySshKeysGivesUnknownKey() throws Exception {
        ReviewerKey ssh = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
        assertThat(SignatureVerifier.verify(CommitSignature.of(approveAs(TestKeys.pgpRsa3072())), List.of(ssh))
                .status()).isEqualTo(Status.UNKNOWN_KEY);
    }

    @Test
    void garbledOpenPgpSignatureGivesMalformed() {
        String junk = "-----BEGIN PGP SIGNATURE-----\n\nbm90IGEgc2lnbmF0dXJl\n-----END PGP SIGNATURE-----\n";
        Verification v = SignatureVerifier.verify(new CommitSignature(new byte[] {1}, junk, SignatureFormat.OPENPGP),
                List.of(reviewer(TestKeys.pgpRsa3072())));
        assertThat(v.status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void publicKeyBlockIsNotASecretKeyForSigning() {
        assertThatThrownBy(() -> CommitSigner.withOpenPgpKey(TestKeys.pgpRsa3072().armoredPublic(), null))
                .isInstanceOfSatisfying(SigningException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("sign.pgp.noarmor"));
    }

    @Test
    void signerFingerprintIsUpperCaseHex() throws Exception {
        Verification v = SignatureVerifier.verify(CommitSignature.of(approveAs(TestKeys.pgpRsa3072())), List.of());
        assertThat(v.signerFingerprint()).isEqualTo(v.signerFingerprint().toUpperCase(Locale.ROOT)).hasSize(40);
    }
}
