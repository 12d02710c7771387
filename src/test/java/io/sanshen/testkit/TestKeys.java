package io.sanshen.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * Real key material for tests, generated with Bouncy Castle: OpenSSH key pairs written in the file formats
 * ssh-keygen reads, and OpenPGP key rings. Generation is the slow part of RSA tests, so the usual keys are cached
 * per JVM ({@link #sshEd25519()}, {@link #pgpRsa3072()}, …); the {@code new…} methods always make fresh keys.
 */
public final class TestKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** An SSH key pair as the two files {@code name} and {@code name.pub} would hold them. */
    public record SshKey(String type, String publicLine, String privateFileText) {
        /** Writes {@code dir/name} (mode 600, as ssh-keygen insists) and {@code dir/name.pub}; returns the private path. */
        public Path writeTo(Path dir, String name) {
            try {
                Path priv = dir.resolve(name);
                Files.writeString(priv, privateFileText, StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(dir.resolve(name + ".pub"), publicLine + "\n", StandardCharsets.US_ASCII);
                return priv;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An OpenPGP key: armored public key (what the site config holds) and armored unprotected secret key. */
    public record PgpKey(String armoredPublic, String armoredSecret, PGPPublicKeyRing publicRing,
            PGPSecretKeyRing secretRing) {
    }

    private static final class Cache {
        static final SshKey ED25519 = newSshEd25519("alice@example.gov.cn");
        static final SshKey ED25519_OTHER = newSshEd25519("bob@example.gov.cn");
    }

    private static final class RsaCache {
        static final SshKey RSA_3072 = newSshRsa(3072, "rsa@example.gov.cn");
        static final PgpKey PGP_RSA_3072 = newPgpRsa("Reviewer RSA <rsa@example.gov.cn>", 3072);
        static final PgpKey PGP_RSA_3072_OTHER = newPgpRsa("Other RSA <other@example.gov.cn>", 3072);
    }

    public static SshKey sshEd25519() {
        return Cache.ED25519;
    }

    public static SshKey sshEd25519Other() {
        return Cache.ED25519_OTHER;
    }

    public static SshKey sshRsa3072() {
        return RsaCache.RSA_3072;
    }

    public static PgpKey pgpRsa3072() {
        return RsaCache.PGP_RSA_3072;
    }

    public static PgpKey pgpRsa3072Other() {
        return RsaCache.PGP_RSA_3072_OTHER;
    }

    public static SshKey newSshEd25519(String comment) {
        Ed25519KeyPairGenerator g = new Ed25519KeyPairGenerator();
        g.init(new Ed25519KeyGenerationParameters(RANDOM));
        return ssh(g.generateKeyPair(), comment);
    }

    /** {@code bits} is 256, 384 or 521 (NIST curves, as OpenSSH uses them). */
    public static SshKey newSshEcdsa(int bits, String comment) {
        ASN1ObjectIdentifier oid = switch (bits) {
            case 256 -> SECObjectIdentifiers.secp256r1;
            case 384 -> SECObjectIdentifiers.secp384r1;
            case 521 -> SECObjectIdentifiers.secp521r1;
            default -> throw new IllegalArgumentException("no OpenSSH curve of " + bits + " bits");
        };
        ECKeyPairGenerator g = new ECKeyPairGenerator();
        g.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(oid, ECNamedCurveTable.getByOID(oid)), RANDOM));
        return ssh(g.generateKeyPair(), comment);
    }

    public static SshKey newSshRsa(int bits, String comment) {
        RSAKeyPairGenerator g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), RANDOM, bits, 100));
        return ssh(g.generateKeyPair(), comment);
    }

    private static SshKey ssh(AsymmetricCipherKeyPair pair, String comment) {
        try {
            byte[] pub = OpenSSHPublicKeyUtil.encodePublicKey(pair.getPublic());
            String type = new String(pub, 4, ((pub[2] & 0xff) << 8) | (pub[3] & 0xff), StandardCharsets.US_ASCII);
            String line = type + " " + Base64.getEncoder().encodeToString(pub) + " " + comment;
            byte[] priv = OpenSSHPrivateKeyUtil.encodePrivateKey(pair.getPrivate());
            // BC writes ed25519 and ecdsa as openssh-key-v1, RSA as PKCS#1: both are files ssh-keygen reads.
            String label = new String(priv, 0, Math.min(14, priv.length), StandardCharsets.US_ASCII)
                    .equals("openssh-key-v1") ? "OPENSSH PRIVATE KEY"
                    : type.equals("ssh-rsa") ? "RSA PRIVATE KEY" : "EC PRIVATE KEY";
            return new SshKey(type, line, pem(label, priv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder out = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < b64.length(); i += 70) {
            out.append(b64, i, Math.min(b64.length(), i + 70)).append('\n');
        }
        return out.append("-----END ").append(label).append("-----\n").toString();
    }

    public static PgpKey newPgpRsa(String userId, int bits) {
        RSAKeyPairGenerator g = new RSAKeyPairGenerator();
        g.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), RANDOM, bits, 100));
        return pgp(userId, PublicKeyAlgorithmTags.RSA_GENERAL, g.generateKeyPair(), null);
    }

    /** Legacy EdDSA (algorithm 22), the ed25519 key gpg 2.2–2.4 generates by default. */
    public static PgpKey newPgpEd25519(String userId) {
        return pgp(userId, PublicKeyAlgorithmTags.EDDSA_LEGACY, ed25519Pair(), null);
    }

    /** An ed25519 primary key that may only certify, plus an ed25519 signing subkey (gpg's usual layout). */
    public static PgpKey newPgpEd25519WithSigningSubkey(String userId) {
        return pgp(userId, PublicKeyAlgorithmTags.EDDSA_LEGACY, ed25519Pair(), ed25519Pair());
    }

    private static AsymmetricCipherKeyPair ed25519Pair() {
        Ed25519KeyPairGenerator g = new Ed25519KeyPairGenerator();
        g.init(new Ed25519KeyGenerationParameters(RANDOM));
        return g.generateKeyPair();
    }

    private static PgpKey pgp(String userId, int algorithm, AsymmetricCipherKeyPair primary,
            AsymmetricCipherKeyPair signingSubkey) {
        try {
            Date now = new Date(System.currentTimeMillis() / 1000 * 1000 - 60_000);
            PGPKeyPair master = new BcPGPKeyPair(algorithm, primary, now);
            PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
            flags.setKeyFlags(false, signingSubkey == null ? KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA
                    : KeyFlags.CERTIFY_OTHER);
            PGPKeyRingGenerator gen = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, master, userId,
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), flags.generate(), null,
                    new BcPGPContentSignerBuilder(algorithm, HashAlgorithmTags.SHA256), null);
            if (signingSubkey != null) {
                PGPSignatureSubpacketGenerator subFlags = new PGPSignatureSubpacketGenerator();
                subFlags.setKeyFlags(false, KeyFlags.SIGN_DATA);
                gen.addSubKey(new BcPGPKeyPair(algorithm, signingSubkey, now), subFlags.generate(), null,
                        new BcPGPContentSignerBuilder(algorithm, HashAlgorithmTags.SHA256));
            }
            PGPSecretKeyRing secret = gen.generateSecretKeyRing();
            PGPPublicKeyRing pub = gen.generatePublicKeyRing();
            return new PgpKey(armor(pub.getEncoded()), armor(secret.getEncoded()), pub, secret);
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("OpenPGP test key generation failed", e);
        }
    }

    private static String armor(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream a = ArmoredOutputStream.builder().clearHeaders().build(out)) {
            a.write(data);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
