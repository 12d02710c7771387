package io.sanshen.review.signature;

import java.util.Objects;

/**
 * The result of checking one commit signature against the policy's keys.
 *
 * @param status            outcome
 * @param keyFingerprint    fingerprint of the trusted key that verified (or failed to verify) the signature, as in
 *                          {@link ReviewerKey#fingerprint()} (primary fingerprint for OpenPGP subkeys); empty if none
 * @param signerFingerprint who the signature claims to be: the SSH key fingerprint embedded in the SSHSIG, or the
 *                          OpenPGP issuer fingerprint (hex) or, without one, the issuer key id (16 hex); may be empty
 * @param detail            bilingual explanation, empty texts when GOOD
 */
public record Verification(Status status, String keyFingerprint, String signerFingerprint, Message detail) {

    /** Outcome of a verification. Only {@link #GOOD} counts as an approval. */
    public enum Status {
        /** Valid signature by a trusted key. */
        GOOD,
        /** A trusted key was found but the signature does not verify, or it was made for another namespace. */
        BAD,
        /** Well-formed signature, but by no trusted key. */
        UNKNOWN_KEY,
        /** The commit carries no signature. */
        UNSIGNED,
        /** The signature cannot be parsed or uses something the policy does not accept. */
        MALFORMED
    }

    public Verification {
        Objects.requireNonNull(status);
        keyFingerprint = keyFingerprint == null ? "" : keyFingerprint;
        signerFingerprint = signerFingerprint == null ? "" : signerFingerprint;
        Objects.requireNonNull(detail);
    }

    /** True for {@link Status#GOOD}. */
    public boolean isGood() {
        return status == Status.GOOD;
    }

    static Verification good(String key, String signer) {
        return new Verification(Status.GOOD, key, signer, Message.of("sig.good", "", ""));
    }

    static Verification bad(String key, String signer, Message why) {
        return new Verification(Status.BAD, key, signer, why);
    }

    static Verification unknownKey(String signer) {
        return new Verification(Status.UNKNOWN_KEY, "", signer, Message.of("sig.unknown",
                "签名密钥 " + signer + " 未在站点配置中登记", "signing key " + signer + " is not registered in the site config"));
    }

    static Verification unsigned() {
        return new Verification(Status.UNSIGNED, "", "", Message.of("sig.unsigned", "提交未签名", "commit is not signed"));
    }

    static Verification malformed(String signer, String why) {
        return new Verification(Status.MALFORMED, "", signer, Message.of("sig.malformed",
                "签名格式无效：" + why, "malformed signature: " + why));
    }
}
