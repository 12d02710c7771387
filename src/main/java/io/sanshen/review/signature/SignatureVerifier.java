package io.sanshen.review.signature;

import java.util.Collection;
import java.util.List;

/**
 * Verifies commit signatures in process, using only the keys it is given (the site policy's keys), never
 * {@code ~/.gnupg}, {@code ~/.ssh} or external programs. Build one per key set and reuse it: the keys are parsed
 * and indexed once. Instances are immutable and safe to share between threads.
 */
public final class SignatureVerifier {
    private final SshSigVerifier ssh;
    private final OpenPgpSigVerifier openPgp;

    private SignatureVerifier(Collection<ReviewerKey> trusted) {
        List<ReviewerKey> keys = List.copyOf(trusted);
        this.ssh = new SshSigVerifier(keys);
        this.openPgp = new OpenPgpSigVerifier(keys);
    }

    /** A verifier that trusts exactly {@code trusted}. */
    public static SignatureVerifier of(Collection<ReviewerKey> trusted) {
        return new SignatureVerifier(trusted);
    }

    /** One-off convenience; prefer {@link #of} plus {@link #verify(CommitSignature)} for many commits. */
    public static Verification verify(CommitSignature sig, Collection<ReviewerKey> trusted) {
        return of(trusted).verify(sig);
    }

    /** Verifies one split commit. */
    public Verification verify(CommitSignature sig) {
        return switch (sig.format()) {
            case NONE -> Verification.unsigned();
            case SSH -> ssh.verify(sig.payload(), sig.armored());
            case OPENPGP -> openPgp.verify(sig.payload(), sig.armored());
            case OTHER -> Verification.malformed("", "unsupported signature armor (only SSH and OpenPGP)");
        };
    }
}
