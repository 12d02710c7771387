package io.sanshen.review.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.DSAKeyPairGenerator;
import org.bouncycastle.crypto.generators.DSAParametersGenerator;
import org.bouncycastle.crypto.params.DSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sanshen.testkit.TestKeys;

class PublicKeysTest {
    @TempDir
    Path tmp;

    @Test
    void parsesEd25519LineWithTypeBitsCommentAndNoWeakness() {
        ReviewerKey key = PublicKeys.parseSsh(TestKeys.sshEd25519().publicLine());
        assertThat(key.format()).isEqualTo(KeyFormat.SSH);
        assertThat(key.algorithm()).isEqualTo("ssh-ed25519");
        assertThat(key.bits()).isEqualTo(256);
        assertThat(key.comment()).isEqualTo("alice@example.gov.cn");
        assertThat(key.weakness()).isEqualTo(Weakness.NONE);
        assertThat(key.publicKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
    }

    @Test
    void fingerprintIsSha256OfTheBlobInBase64WithoutPadding() throws Exception {
        String line = TestKeys.sshEd25519().publicLine();
        byte[] blob = Base64.getDecoder().decode(line.split(" ")[1]);
        String expected = "SHA256:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(blob)).replace("=", "");
        assertThat(PublicKeys.parseSsh(line).fingerprint()).isEqualTo(expected);
    }

    @Test
    void fingerprintsEqualWhatSshKeygenPrints() throws Exception {
        for (TestKeys.SshKey k : new TestKeys.SshKey[] {TestKeys.sshEd25519(), TestKeys.newSshEcdsa(256, "p256"),
                TestKeys.newSshEcdsa(384, "p384"), TestKeys.newSshEcdsa(521, "p521"), TestKeys.sshRsa3072()}) {
            Path priv = k.writeTo(tmp, "k" + k.hashCode());
            String out = Processes.run(tmp, "ssh-keygen", "-lf", priv + ".pub");
            ReviewerKey key = PublicKeys.parseSsh(k.publicLine());
            assertThat(out).startsWith(key.bits() + " " + key.fingerprint() + " ");
        }
    }

    @Test
    void readsEcdsaCurvesAndRsaSizes() {
        assertThat(PublicKeys.parseSsh(TestKeys.newSshEcdsa(384, "x").publicLine()))
                .extracting(ReviewerKey::algorithm, ReviewerKey::bits).containsExactly("ecdsa-sha2-nistp384", 384);
        assertThat(PublicKeys.parseSsh(TestKeys.newSshEcdsa(521, "x").publicLine()).bits()).isEqualTo(521);
        assertThat(PublicKeys.parseSsh(TestKeys.sshRsa3072().publicLine()))
                .extracting(ReviewerKey::algorithm, ReviewerKey::bits, ReviewerKey::weakness)
                .containsExactly("ssh-rsa", 3072, Weakness.NONE);
    }

    @Test
    void flagsRsa2048AsWeak() {
        ReviewerKey key = PublicKeys.parseSsh(TestKeys.newSshRsa(2048, "old").publicLine());
        assertThat(key.bits()).isEqualTo(2048);
        assertThat(key.weakness()).isEqualTo(Weakness.RSA_UNDER_3072);
        assertThat(key.weakness().isWeak()).isTrue();
        assertThat(key.weakness().message().zh()).contains("3072");
    }

    @Test
    void flagsDsaAsWeak() throws Exception {
        DSAParametersGenerator params = new DSAParametersGenerator();
        params.init(1024, 20, new SecureRandom());
        DSAKeyPairGenerator g = new DSAKeyPairGenerator();
        g.init(new DSAKeyGenerationParameters(new SecureRandom(), params.generateParameters()));
        byte[] blob = OpenSSHPublicKeyUtil.encodePublicKey(g.generateKeyPair().getPublic());
        ReviewerKey key = PublicKeys.parseSsh("ssh-dss " + Base64.getEncoder().encodeToString(blob) + " legacy");
        assertThat(key.algorithm()).isEqualTo("ssh-dss");
        assertThat(key.bits()).isEqualTo(1024);
        assertThat(key.weakness()).isEqualTo(Weakness.DSA);
    }

    @Test
    void refusesGarbageWithBilingualMessage() {
        assertThatThrownBy(() -> PublicKeys.parseSsh("hello"))
                .isInstanceOfSatisfying(KeyParseException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("key.ssh.shape");
                    assertThat(e.problem().zh()).contains("OpenSSH 公钥");
                    assertThat(e.problem().en()).contains("OpenSSH public key");
                });
    }

    @Test
    void refusesUnknownTypeBadBase64AndMismatchedType() {
        assertThatThrownBy(() -> PublicKeys.parseSsh("sk-ssh-ed25519@openssh.com AAAA x"))
                .hasMessageContaining("不支持").hasMessageContaining("unsupported");
        assertThatThrownBy(() -> PublicKeys.parseSsh("ssh-ed25519 !!!notbase64")).isInstanceOf(KeyParseException.class)
                .hasMessageContaining("Base64");
        String ed = TestKeys.sshEd25519().publicLine().split(" ")[1];
        assertThatThrownBy(() -> PublicKeys.parseSsh("ssh-rsa " + ed))
                .isInstanceOfSatisfying(KeyParseException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("key.ssh.mismatch"));
        assertThatThrownBy(() -> PublicKeys.parseSsh("ssh-ed25519 "
                + Base64.getEncoder().encodeToString("\0\0\0\u000bssh-ed25519\0\0\0\u0003abc".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(KeyParseException.class);
    }

    @Test
    void warnsWhenAPrivateKeyIsPasted() {
        assertThatThrownBy(() -> PublicKeys.parseSsh(TestKeys.sshEd25519().privateFileText()))
                .isInstanceOfSatisfying(KeyParseException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("key.ssh.private"));
    }

    @Test
    void parsesOpenPgpRsaKey() {
        TestKeys.PgpKey pgp = TestKeys.pgpRsa3072();
        ReviewerKey key = PublicKeys.parseOpenPgp(pgp.armoredPublic());
        String expected = String.format("%040X", new BigInteger(1, pgp.publicRing().getPublicKey().getFingerprint()));
        assertThat(key.format()).isEqualTo(KeyFormat.OPENPGP);
        assertThat(key.fingerprint()).hasSize(40).isEqualTo(expected);
        assertThat(key.primaryKeyId()).isEqualTo(expected.substring(24));
        assertThat(key.algorithm()).isEqualTo("RSA");
        assertThat(key.bits()).isEqualTo(3072);
        assertThat(key.comment()).isEqualTo("Reviewer RSA <rsa@example.gov.cn>");
        assertThat(key.created()).contains(pgp.publicRing().getPublicKey().getCreationTime().toInstant());
        assertThat(key.subkeyIds()).isEmpty();
        assertThat(key.weakness()).isEqualTo(Weakness.NONE);
        assertThat(key.publicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void listsOpenPgpSigningSubkeyIds() {
        TestKeys.PgpKey pgp = TestKeys.newPgpEd25519WithSigningSubkey("Sub <sub@example.gov.cn>");
        ReviewerKey key = PublicKeys.parseOpenPgp(pgp.armoredPublic());
        assertThat(key.algorithm()).isEqualTo("EdDSA");
        assertThat(key.subkeyIds()).hasSize(1).allMatch(id -> id.matches("[0-9A-F]{16}"));
        assertThat(key.subkeyIds().get(0)).isNotEqualTo(key.primaryKeyId());
    }

    @Test
    void flagsOpenPgpRsa2048AsWeak() {
        ReviewerKey key = PublicKeys.parseOpenPgp(TestKeys.newPgpRsa("Old <old@example.gov.cn>", 2048).armoredPublic());
        assertThat(key.weakness()).isEqualTo(Weakness.RSA_UNDER_3072);
    }

    @Test
    void refusesOpenPgpSecretKeysAndNonsense() {
        assertThatThrownBy(() -> PublicKeys.parseOpenPgp(TestKeys.pgpRsa3072().armoredSecret()))
                .isInstanceOfSatisfying(KeyParseException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("key.pgp.private"));
        assertThatThrownBy(() -> PublicKeys.parseOpenPgp("ssh-ed25519 AAAA"))
                .isInstanceOfSatisfying(KeyParseException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("key.pgp.noarmor"));
        assertThatThrownBy(() -> PublicKeys.parseOpenPgp(
                "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----\n"))
                .isInstanceOf(KeyParseException.class);
    }
}
