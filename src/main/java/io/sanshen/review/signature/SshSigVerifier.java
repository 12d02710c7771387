package io.sanshen.review.signature;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/**
 * Verifies SSHSIG commit signatures against trusted SSH keys, indexed once by fingerprint. The cryptography can also
 * run first, against the key the SSHSIG embeds ({@link #check}), and the trust decision later ({@link #bind}): a
 * trusted key's fingerprint names exactly the key blob it was computed from, so both orders give the same verdict.
 */
final class SshSigVerifier {
    static final String NAMESPACE = "git";

    private record Trusted(ReviewerKey key, AsymmetricKeyParameter params) {
    }

    /**
     * A parsed SSHSIG ({@code sig} null when unreadable, with {@code error}) and, once checked, whether its
     * signature holds for the payload under the key it embeds ({@code holds} null: not checked yet).
     */
    record Checked(byte[] payload, SshSig sig, String signer, String error, Boolean holds) {
        Checked with(Boolean holds, String error) {
            return new Checked(payload, sig, signer, error, holds);
        }

        /** Once checked (or decided without cryptography), the payload is no longer needed. */
        Checked withoutPayload() {
            return holds == null && sig != null && hashAccepted(sig) && NAMESPACE.equals(sig.namespace()) ? this
                    : new Checked(null, sig, signer, error, holds);
        }
    }

    private final Map<String, Trusted> byFingerprint = new HashMap<>();
    private final String namespace;

    SshSigVerifier(Collection<ReviewerKey> keys) {
        this(keys, NAMESPACE);
    }

    /** A verifier for signatures made for {@code namespace} (a commit's is {@value #NAMESPACE}). */
    SshSigVerifier(Collection<ReviewerKey> keys, String namespace) {
        this.namespace = namespace;
        for (ReviewerKey k : keys) {
            if (k.format() == KeyFormat.SSH) {
                byFingerprint.put(k.fingerprint(), new Trusted(k, SshKeys.params(k.encoded())));
            }
        }
    }

    Verification verify(byte[] payload, String armored) {
        return bind(parse(payload, armored), false);
    }

    /** Parses without any cryptography. */
    static Checked parse(byte[] payload, String armored) {
        try {
            SshSig sig = SshSig.parseArmored(armored);
            return new Checked(payload, sig, SshKeys.fingerprint(sig.publicKey()), null, null);
        } catch (IllegalArgumentException e) {
            return new Checked(payload, null, "", e.getMessage(), null);
        }
    }

    /** Parses and checks the signature against the key the SSHSIG embeds, with no trust decision. */
    static Checked check(byte[] payload, String armored) {
        Checked c = parse(payload, armored);
        if (c.sig() == null || !hashAccepted(c.sig()) || !NAMESPACE.equals(c.sig().namespace())) {
            return c; // decided by bind without cryptography
        }
        try {
            byte[] key = c.sig().publicKey();
            return c.with(holds(SshKeys.params(key), SshKeys.typeOf(key), c), null);
        } catch (IllegalArgumentException e) {
            return c.with(Boolean.FALSE, e.getMessage());
        }
    }

    /**
     * The verdict on a parsed or checked signature under the trusted keys. With {@code presume}, a signature not
     * checked yet that passes everything but the cryptography is called GOOD: the caller must check it before the
     * verdict may count ({@link SignatureVerifier#presume}).
     */
    Verification bind(Checked c, boolean presume) {
        if (c.sig() == null) {
            return Verification.malformed("", c.error());
        }
        String signer = c.signer();
        if (!hashAccepted(c.sig())) {
            return Verification.malformed(signer, "hash algorithm " + c.sig().hashAlgorithm());
        }
        Trusted trusted = byFingerprint.get(signer);
        if (trusted == null) {
            return Verification.unknownKey(signer);
        }
        if (!namespace.equals(c.sig().namespace())) {
            return Verification.bad(signer, signer, Message.of("sig.ssh.namespace",
                    "签名命名空间为“" + c.sig().namespace() + "”，应为“" + namespace + "”",
                    "signature namespace is \"" + c.sig().namespace() + "\", expected \"" + namespace + "\""));
        }
        Checked done = c;
        if (c.holds() == null && !presume) {
            try {
                done = c.with(holds(trusted.params(), trusted.key().algorithm(), c), null);
            } catch (IllegalArgumentException e) {
                done = c.with(Boolean.FALSE, e.getMessage());
            }
        }
        if (done.error() != null) {
            return Verification.malformed(signer, done.error());
        }
        return done.holds() == null || done.holds() ? Verification.good(signer, signer)
                : Verification.bad(signer, signer, Message.of("sig.bad",
                "签名与提交内容不符（提交被篡改或签名损坏）",
                "signature does not match the commit (commit altered or signature corrupt)"));
    }

    private static boolean hashAccepted(SshSig sig) {
        return sig.hashAlgorithm().equals("sha256") || sig.hashAlgorithm().equals("sha512");
    }

    private static boolean holds(AsymmetricKeyParameter key, String keyType, Checked c) {
        SshSig sig = c.sig();
        byte[] signed = SshSig.signedData(sig.namespace(), sig.hashAlgorithm(), c.payload());
        return SshSigCrypto.verify(key, keyType, sig.signatureType(), sig.signature(), signed);
    }
}
