package io.sanshen.review.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;
import org.bouncycastle.util.encoders.Hex;

/** Armored OpenPGP public keys to {@link ReviewerKey} values, and back to Bouncy Castle key rings. */
final class OpenPgpKeys {
    private OpenPgpKeys() {
    }

    static ReviewerKey parse(String armored) {
        if (armored == null || !armored.contains("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
            if (armored != null && armored.contains("-----BEGIN PGP PRIVATE KEY BLOCK-----")) {
                throw new KeyParseException(Message.of("key.pgp.private",
                        "这是 OpenPGP 私钥，请只登记公钥（gpg --armor --export）",
                        "this is an OpenPGP private key; register the public key only (gpg --armor --export)"));
            }
            throw new KeyParseException(Message.of("key.pgp.noarmor",
                    "不是 ASCII 封装的 OpenPGP 公钥（应以 -----BEGIN PGP PUBLIC KEY BLOCK----- 开头）",
                    "not an armored OpenPGP public key (expected -----BEGIN PGP PUBLIC KEY BLOCK-----)"));
        }
        PGPPublicKeyRing ring;
        try {
            ring = singleRing(new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | RuntimeException e) {
            throw new KeyParseException(Message.of("key.pgp.corrupt",
                    "OpenPGP 公钥数据损坏，无法解析：" + e.getMessage(),
                    "OpenPGP public key data is corrupt: " + e.getMessage()), e);
        }
        return describe(ring);
    }

    static PGPPublicKeyRing ring(byte[] encoded) {
        try {
            return singleRing(new ByteArrayInputStream(encoded));
        } catch (IOException e) {
            throw new IllegalStateException("key ring was validated at parse time", e);
        }
    }

    private static PGPPublicKeyRing singleRing(InputStream in) throws IOException {
        BcPGPObjectFactory factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(in));
        PGPPublicKeyRing found = null;
        for (Object o = factory.nextObject(); o != null; o = factory.nextObject()) {
            if (!(o instanceof PGPPublicKeyRing ring)) {
                throw new IOException("unexpected packet " + o.getClass().getSimpleName());
            }
            if (found != null) {
                throw new IOException("more than one key; register one key per entry");
            }
            found = ring;
        }
        if (found == null) {
            throw new IOException("no key in the block");
        }
        return found;
    }

    private static ReviewerKey describe(PGPPublicKeyRing ring) {
        PGPPublicKey primary = ring.getPublicKey();
        List<String> subkeys = new ArrayList<>();
        for (Iterator<PGPPublicKey> it = ring.getPublicKeys(); it.hasNext();) {
            PGPPublicKey k = it.next();
            if (!k.isMasterKey()) {
                subkeys.add(keyId(k.getKeyID()));
            }
        }
        Iterator<String> uids = primary.getUserIDs();
        String algorithm = algorithmName(primary.getAlgorithm());
        int bits = primary.getBitStrength();
        try {
            return new ReviewerKey(KeyFormat.OPENPGP, algorithm, bits,
                    Hex.toHexString(primary.getFingerprint()).toUpperCase(Locale.ROOT),
                    uids.hasNext() ? uids.next() : "", Optional.of(primary.getCreationTime().toInstant()),
                    subkeys, weakness(primary.getAlgorithm(), bits), ring.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("re-encoding a parsed key ring cannot fail", e);
        }
    }

    static String keyId(long id) {
        return String.format(Locale.ROOT, "%016X", id);
    }

    static String algorithmName(int tag) {
        return switch (tag) {
            case PublicKeyAlgorithmTags.RSA_GENERAL, PublicKeyAlgorithmTags.RSA_SIGN -> "RSA";
            case PublicKeyAlgorithmTags.DSA -> "DSA";
            case PublicKeyAlgorithmTags.ECDSA -> "ECDSA";
            case PublicKeyAlgorithmTags.EDDSA_LEGACY -> "EdDSA";
            case PublicKeyAlgorithmTags.Ed25519 -> "Ed25519";
            case PublicKeyAlgorithmTags.Ed448 -> "Ed448";
            case PublicKeyAlgorithmTags.ELGAMAL_GENERAL, PublicKeyAlgorithmTags.ELGAMAL_ENCRYPT -> "ElGamal";
            default -> "algorithm-" + tag;
        };
    }

    private static Weakness weakness(int tag, int bits) {
        return switch (tag) {
            case PublicKeyAlgorithmTags.RSA_GENERAL, PublicKeyAlgorithmTags.RSA_SIGN -> Weakness.forRsaBits(bits);
            case PublicKeyAlgorithmTags.DSA -> Weakness.DSA;
            case PublicKeyAlgorithmTags.ECDSA, PublicKeyAlgorithmTags.EDDSA_LEGACY, PublicKeyAlgorithmTags.Ed25519,
                    PublicKeyAlgorithmTags.Ed448 -> Weakness.NONE;
            default -> Weakness.OTHER_ALGORITHM;
        };
    }

    static PublicKey toJca(byte[] encoded) throws PGPException {
        return new JcaPGPKeyConverter().getPublicKey(ring(encoded).getPublicKey());
    }
}
