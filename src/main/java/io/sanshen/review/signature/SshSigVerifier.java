package io.sanshen.review.signature;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/** Verifies SSHSIG commit signatures against trusted SSH keys, indexed once by fingerprint. */
final class SshSigVerifier {
    static final String NAMESPACE = "git";

    private record Trusted(ReviewerKey key, AsymmetricKeyParameter params) {
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
        SshSig sig;
        try {
            sig = SshSig.parseArmored(armored);
        } catch (IllegalArgumentException e) {
            return Verification.malformed("", e.getMessage());
        }
        String signer = SshKeys.fingerprint(sig.publicKey());
        if (!sig.hashAlgorithm().equals("sha256") && !sig.hashAlgorithm().equals("sha512")) {
            return Verification.malformed(signer, "hash algorithm " + sig.hashAlgorithm());
        }
        Trusted trusted = byFingerprint.get(signer);
        if (trusted == null) {
            return Verification.unknownKey(signer);
        }
        if (!namespace.equals(sig.namespace())) {
            return Verification.bad(signer, signer, Message.of("sig.ssh.namespace",
                    "签名命名空间为“" + sig.namespace() + "”，应为“" + namespace + "”",
                    "signature namespace is \"" + sig.namespace() + "\", expected \"" + namespace + "\""));
        }
        byte[] signed = SshSig.signedData(sig.namespace(), sig.hashAlgorithm(), payload);
        boolean ok;
        try {
            ok = SshSigCrypto.verify(trusted.params(), trusted.key().algorithm(), sig.signatureType(),
                    sig.signature(), signed);
        } catch (IllegalArgumentException e) {
            return Verification.malformed(signer, e.getMessage());
        }
        return ok ? Verification.good(signer, signer) : Verification.bad(signer, signer, Message.of("sig.bad",
                "签名与提交内容不符（提交被篡改或签名损坏）",
                "signature does not match the commit (commit altered or signature corrupt)"));
    }
}
