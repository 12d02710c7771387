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

    /**
     * A commit signature read and, when it is an SSHSIG, checked against the key it embeds: the costly part, which
     * needs no trusted keys and can run while the history is still being read. Only {@link #verify(Precheck)} with
     * the trusted keys turns it into a verdict. Safe to call from any thread.
     */
    public static Precheck precheck(CommitSignature sig) {
        if (sig.format() != SignatureFormat.SSH) {
            return new Precheck(sig, null);
        }
        // checked, the verdict needs neither the payload nor the armor: a big history keeps many of these
        return new Precheck(null, SshSigVerifier.check(sig.payload(), sig.armored()).withoutPayload());
    }

    /** The signature read without any cryptography ({@link #presume} tells what it would be if it held). */
    public static Precheck parse(CommitSignature sig) {
        return new Precheck(sig, sig.format() == SignatureFormat.SSH
                ? SshSigVerifier.parse(sig.payload(), sig.armored()) : null);
    }

    /** The verdict on a prechecked (or only parsed) signature: the same as {@link #verify(CommitSignature)}. */
    public Verification verify(Precheck p) {
        return p.ssh() == null ? verify(p.signature()) : ssh.bind(p.ssh(), false);
    }

    /**
     * The verdict a parsed SSH signature gets if its cryptography holds — GOOD by the key it names when that key is
     * trusted — without checking it; every other verdict (unknown key, malformed, other formats) is final. A
     * presumed GOOD must be checked with {@link #verify(Precheck)} before it may decide anything.
     */
    public Verification presume(Precheck p) {
        return p.ssh() == null ? verify(p.signature()) : ssh.bind(p.ssh(), true);
    }

    /** A signature with, for SSHSIG, its parse and (once checked) its cryptography. */
    public static final class Precheck {
        private final CommitSignature signature;
        private final SshSigVerifier.Checked ssh;

        private Precheck(CommitSignature signature, SshSigVerifier.Checked ssh) {
            this.signature = signature;
            this.ssh = ssh;
        }

        CommitSignature signature() {
            return signature;
        }

        SshSigVerifier.Checked ssh() {
            return ssh;
        }

        /** True when {@link #presume} may differ from {@link #verify(Precheck)}: an SSHSIG not checked yet. */
        public boolean unchecked() {
            return ssh != null && ssh.sig() != null && ssh.holds() == null;
        }
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
