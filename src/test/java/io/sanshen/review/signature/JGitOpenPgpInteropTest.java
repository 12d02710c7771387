package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sanshen.review.signature.Verification.Status;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;

/**
 * Commits signed by JGit's own OpenPGP signer (org.eclipse.jgit.gpg.bc, key read from a GnuPG home holding
 * pubring.gpg/secring.gpg) verify GOOD here. Observed with JGit gpg.bc 7.7.1: for RSA and for legacy-EdDSA ed25519
 * keys alike, the issuer key id and v4 issuer fingerprint are those of the primary key, and JGit signs with the
 * primary key even when it is certify-only and a signing subkey exists.
 */
class JGitOpenPgpInteropTest {
    @TempDir
    Path tmp;

    private RevCommit signWithJGit(TestKeys.PgpKey key) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("gnupg"));
        Files.write(home.resolve("pubring.gpg"), key.publicRing().getEncoded());
        Files.write(home.resolve("secring.gpg"), key.secretRing().getEncoded());
        Path work = tmp.resolve("repo");
        Repository repo = TestRepos.init(work);
        TestRepos.commitFile(repo, "content/a.md", "a", "a");
        String fingerprint = PublicKeys.parseOpenPgp(key.armoredPublic()).fingerprint();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Processes.Result r = Processes.exec(tmp, Map.of(), java, "-Djgit.gpg.home=" + home, "-cp",
                System.getProperty("java.class.path"), JGitOpenPgpProbe.class.getName(), work.toString(), fingerprint);
        assertThat(r.exit()).as(r.output()).isZero();
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(repo.resolve(Constants.HEAD));
        }
    }

    private static PGPSignature parse(CommitSignature sig) throws Exception {
        return ((PGPSignatureList) new BcPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(
                sig.armored().getBytes(StandardCharsets.US_ASCII)))).nextObject()).get(0);
    }

    @Test
    void jgitEd25519SignatureVerifiesGoodAndNamesThePrimaryKey() throws Exception {
        TestKeys.PgpKey ed = TestKeys.newPgpEd25519WithSigningSubkey("Ed <ed@example.gov.cn>");
        ReviewerKey key = PublicKeys.parseOpenPgp(ed.armoredPublic());
        CommitSignature sig = CommitSignature.of(signWithJGit(ed));
        Verification v = SignatureVerifier.verify(sig, List.of(key));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(v.signerFingerprint()).isEqualTo(key.fingerprint());
        assertThat(OpenPgpKeys.keyId(parse(sig).getKeyID())).isEqualTo(key.primaryKeyId());
    }

    @Test
    void jgitRsaSignatureVerifiesGood() throws Exception {
        ReviewerKey key = PublicKeys.parseOpenPgp(TestKeys.pgpRsa3072().armoredPublic());
        Verification v = SignatureVerifier.verify(CommitSignature.of(signWithJGit(TestKeys.pgpRsa3072())), List.of(key));
        assertThat(v.status()).isEqualTo(Status.GOOD);
        assertThat(v.keyFingerprint()).isEqualTo(key.fingerprint());
    }
}
