package io.sanshen.review.signature;

import java.math.BigInteger;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/**
 * The raw SSH signature algorithms used inside SSHSIG, on Bouncy Castle's lightweight API (fast, no provider
 * registration): ssh-ed25519, ecdsa-sha2-nistp256/384/521, rsa-sha2-256/512. SHA-1 {@code ssh-rsa} and DSA
 * signatures are refused, as OpenSSH refuses them for SSHSIG.
 */
final class SshSigCrypto {
    private SshSigCrypto() {
    }

    /** A raw SSH signature: its algorithm name and value. */
    record Raw(String type, byte[] value) {
    }

    /** Signs {@code data} with ssh-ed25519, ecdsa-sha2-* or rsa-sha2-512. */
    static Raw sign(AsymmetricKeyParameter privateKey, String keyType, byte[] data) throws CryptoException {
        if (privateKey instanceof Ed25519PrivateKeyParameters ed) {
            Ed25519Signer s = new Ed25519Signer();
            s.init(true, ed);
            s.update(data, 0, data.length);
            return new Raw("ssh-ed25519", s.generateSignature());
        }
        if (privateKey instanceof ECPrivateKeyParameters ec) {
            Digest digest = ecDigest(ec);
            ECDSASigner s = new ECDSASigner(new HMacDSAKCalculator(ecDigest(ec)));
            s.init(true, ec);
            BigInteger[] rs = s.generateSignature(digest(digest, data));
            return new Raw(keyType, new SshWire.Writer().mpint(rs[0]).mpint(rs[1]).toBytes());
        }
        if (privateKey instanceof RSAKeyParameters rsa && rsa.isPrivate()) {
            RSADigestSigner s = new RSADigestSigner(new SHA512Digest());
            s.init(true, rsa);
            s.update(data, 0, data.length);
            return new Raw("rsa-sha2-512", s.generateSignature());
        }
        throw new IllegalArgumentException("unsupported private key " + privateKey.getClass().getSimpleName());
    }

    /** Whether {@code signature} of type {@code type} is valid for {@code data} under {@code publicKey}. */
    static boolean verify(AsymmetricKeyParameter publicKey, String keyType, String type, byte[] signature,
            byte[] data) {
        if (publicKey instanceof Ed25519PublicKeyParameters ed) {
            require(type.equals("ssh-ed25519"), type, keyType);
            Ed25519Signer s = new Ed25519Signer();
            s.init(false, ed);
            s.update(data, 0, data.length);
            return s.verifySignature(signature);
        }
        if (publicKey instanceof ECKeyParameters ec) {
            require(type.equals(keyType), type, keyType);
            SshWire.Reader r = new SshWire.Reader(signature);
            BigInteger sigR = r.mpint();
            BigInteger sigS = r.mpint();
            if (r.hasMore()) {
                throw new IllegalArgumentException("trailing bytes in ECDSA signature");
            }
            ECDSASigner s = new ECDSASigner();
            s.init(false, ec);
            return s.verifySignature(digest(ecDigest(ec), data), sigR, sigS);
        }
        if (publicKey instanceof RSAKeyParameters rsa) {
            Digest digest = switch (type) {
                case "rsa-sha2-256" -> new SHA256Digest();
                case "rsa-sha2-512" -> new SHA512Digest();
                default -> throw new IllegalArgumentException("RSA signature type " + type + " is not accepted");
            };
            RSADigestSigner s = new RSADigestSigner(digest);
            s.init(false, rsa);
            s.update(data, 0, data.length);
            return s.verifySignature(signature);
        }
        throw new IllegalArgumentException("signatures by " + keyType + " keys are not accepted");
    }

    private static void require(boolean ok, String type, String keyType) {
        if (!ok) {
            throw new IllegalArgumentException("signature type " + type + " does not fit key type " + keyType);
        }
    }

    private static Digest ecDigest(ECKeyParameters ec) {
        int bits = ec.getParameters().getCurve().getFieldSize();
        return bits <= 256 ? new SHA256Digest() : bits <= 384 ? new SHA384Digest() : new SHA512Digest();
    }

    private static byte[] digest(Digest d, byte[] data) {
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return out;
    }
}
