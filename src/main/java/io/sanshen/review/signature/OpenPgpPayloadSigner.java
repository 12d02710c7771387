package io.sanshen.review.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Iterator;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * Makes detached binary OpenPGP signatures with Bouncy Castle (JCA operators on the JDK's providers, see
 * {@link OpenPgpSigVerifier}) from an armored secret key. Writes the correct issuer
 * fingerprint and key id of the key that actually signs (a signing subkey if the ring has one).
 */
final class OpenPgpPayloadSigner implements PayloadSigner {
    private final PGPSecretKey secretKey;
    private final PGPPrivateKey privateKey;

    OpenPgpPayloadSigner(String armoredSecretKey, char[] passphrase) throws SigningException {
        PGPSecretKeyRing ring = readRing(armoredSecretKey);
        this.secretKey = signingKey(ring);
        boolean protectedKey = secretKey.getKeyEncryptionAlgorithm() != SymmetricKeyAlgorithmTags.NULL;
        if (protectedKey && (passphrase == null || passphrase.length == 0)) {
            throw problem("sign.pgp.passphrase", "OpenPGP 私钥有口令保护，请提供口令",
                    "the OpenPGP secret key is passphrase-protected; a passphrase is required", null);
        }
        try {
            this.privateKey = secretKey.extractPrivateKey(protectedKey
                    ? new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase)
                    : null);
        } catch (PGPException e) {
            throw problem("sign.pgp.unlock", "无法解开 OpenPGP 私钥（口令错误？）",
                    "cannot unlock the OpenPGP secret key (wrong passphrase?)", e);
        }
    }

    @Override
    public String sign(byte[] payload) throws SigningException, IOException {
        PGPPublicKey pub = secretKey.getPublicKey();
        try {
            PGPSignatureGenerator gen = new PGPSignatureGenerator(
                    new JcaPGPContentSignerBuilder(pub.getAlgorithm(), HashAlgorithmTags.SHA512), pub);
            gen.init(PGPSignature.BINARY_DOCUMENT, privateKey);
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, new Date());
            hashed.setIssuerFingerprint(false, pub);
            hashed.setIssuerKeyID(false, pub.getKeyID());
            gen.setHashedSubpackets(hashed.generate());
            gen.update(payload);
            PGPSignature sig = gen.generate();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArmoredOutputStream armor = ArmoredOutputStream.builder().clearHeaders().build(out)) {
                sig.encode(armor);
            }
            return out.toString(StandardCharsets.US_ASCII);
        } catch (PGPException e) {
            throw problem("sign.pgp.fail", "OpenPGP 签名失败：" + e.getMessage(), "OpenPGP signing failed: " + e.getMessage(), e);
        }
    }

    private static PGPSecretKeyRing readRing(String armored) throws SigningException {
        if (armored == null || !armored.contains("-----BEGIN PGP PRIVATE KEY BLOCK-----")) {
            throw problem("sign.pgp.noarmor", "不是 ASCII 封装的 OpenPGP 私钥",
                    "not an armored OpenPGP secret key (-----BEGIN PGP PRIVATE KEY BLOCK-----)", null);
        }
        try {
            Object o = new BcPGPObjectFactory(PGPUtil.getDecoderStream(
                    new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))).nextObject();
            if (o instanceof PGPSecretKeyRing ring) {
                return ring;
            }
            throw new IOException("no secret key ring");
        } catch (IOException | RuntimeException e) {
            throw problem("sign.pgp.corrupt", "OpenPGP 私钥数据损坏：" + e.getMessage(),
                    "OpenPGP secret key data is corrupt: " + e.getMessage(), e);
        }
    }

    /** Prefers a subkey flagged for signing (what gpg uses), else a signing-capable primary key. */
    private static PGPSecretKey signingKey(PGPSecretKeyRing ring) throws SigningException {
        PGPSecretKey primary = ring.getSecretKey();
        for (Iterator<PGPSecretKey> it = ring.getSecretKeys(); it.hasNext();) {
            PGPSecretKey k = it.next();
            if (!k.isMasterKey() && !k.isPrivateKeyEmpty() && k.isSigningKey() && hasSignFlag(k.getPublicKey())) {
                return k;
            }
        }
        if (primary.isSigningKey() && !primary.isPrivateKeyEmpty()) {
            return primary;
        }
        throw problem("sign.pgp.nosign", "OpenPGP 私钥中没有可用于签名的密钥",
                "the OpenPGP secret key has no usable signing key", null);
    }

    private static boolean hasSignFlag(PGPPublicKey key) {
        for (Iterator<PGPSignature> it = key.getSignatures(); it.hasNext();) {
            var flags = it.next().getHashedSubPackets();
            if (flags != null && (flags.getKeyFlags() & KeyFlags.SIGN_DATA) != 0) {
                return true;
            }
        }
        return false;
    }

    private static SigningException problem(String key, String zh, String en, Throwable cause) {
        return new SigningException(Message.of(key, zh, en), cause);
    }
}
