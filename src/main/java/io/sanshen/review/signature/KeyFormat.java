package io.sanshen.review.signature;

/** The two signature systems Git knows and the policy accepts. */
public enum KeyFormat {
    /** OpenSSH keys; commits carry PROTOCOL.sshsig signatures with namespace {@code git}. */
    SSH,
    /** OpenPGP keys; commits carry detached OpenPGP signatures. */
    OPENPGP
}
