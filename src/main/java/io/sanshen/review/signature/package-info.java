/**
 * Cryptographic layer of signed approval commits: reviewer public keys (OpenSSH and OpenPGP), the split of a raw
 * Git commit into signed payload and signature, in-process verification against the keys the site policy names
 * (never {@code ~/.gnupg} or {@code ~/.ssh}), signing of empty approval commits, and the allowed-signers file that
 * lets command-line {@code git verify-commit} check the same signatures.
 *
 * <p>This package knows nothing about review levels or units; the review policy decides which keys count.
 *
 * <p>Allowed imports: none (no other Sanshen package).
 */
package io.sanshen.review.signature;
