package io.sanshen.review.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.DSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/** OpenSSH public key blobs: type, size, fingerprint and Bouncy Castle parameters. */
final class SshKeys {
    static final Set<String> TYPES = Set.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521", "ssh-rsa", "ssh-dss");

    private SshKeys() {
    }

    /** The key type named inside the blob (its first string). */
    static String typeOf(byte[] blob) {
        return new SshWire.Reader(blob).utf8();
    }

    /** Parses a blob of a supported type; throws {@link IllegalArgumentException} on anything else. */
    static AsymmetricKeyParameter params(byte[] blob) {
        String type = typeOf(blob);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unsupported SSH key type " + type);
        }
        AsymmetricKeyParameter p = OpenSSHPublicKeyUtil.parsePublicKey(blob);
        if (type.startsWith("ecdsa-") && bits(p) != Integer.parseInt(type.substring(type.length() - 3))) {
            throw new IllegalArgumentException("curve does not match key type " + type);
        }
        return p;
    }

    static int bits(AsymmetricKeyParameter p) {
        if (p instanceof Ed25519PublicKeyParameters) {
            return 256;
        }
        if (p instanceof ECPublicKeyParameters ec) {
            return ec.getParameters().getCurve().getFieldSize();
        }
        if (p instanceof RSAKeyParameters rsa) {
            return rsa.getModulus().bitLength();
        }
        if (p instanceof DSAPublicKeyParameters dsa) {
            return dsa.getParameters().getP().bitLength();
        }
        throw new IllegalArgumentException("unsupported key parameters " + p.getClass().getSimpleName());
    }

    static Weakness weakness(String type, int bits) {
        return switch (type) {
            case "ssh-rsa" -> Weakness.forRsaBits(bits);
            case "ssh-dss" -> Weakness.DSA;
            default -> Weakness.NONE;
        };
    }

    /** {@code SHA256:<base64 without padding>}, the form {@code ssh-keygen -lf} prints. */
    static String fingerprint(byte[] blob) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }

    static PublicKey toJca(byte[] blob) throws IOException, GeneralSecurityException {
        AsymmetricKeyParameter p = params(blob);
        String alg = p instanceof Ed25519PublicKeyParameters ? "Ed25519"
                : p instanceof ECPublicKeyParameters ? "EC"
                : p instanceof RSAKeyParameters ? "RSA" : "DSA";
        byte[] spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(p).getEncoded();
        // JDK providers on purpose: BouncyCastleProvider needs bcutil of its own version, which the build may lack.
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(spki));
    }
}
