package io.sanshen.review.signature;

import java.nio.file.Path;
import java.util.Collection;

/**
 * SSHSIG signatures over whole files (what {@code ssh-keygen -Y sign -n NAMESPACE} writes), for signed files that
 * are not commits, such as the site manifest. The same key loading, signing and verification code as approval
 * commits; only the namespace differs, so a file signature can never pass for a commit signature or the reverse.
 */
public final class DetachedSignature {
    private DetachedSignature() {
    }

    /** The armored signature of {@code data} for {@code namespace}, made with an unencrypted OpenSSH private key. */
    public static String sign(Path privateKeyFile, String namespace, byte[] data) throws SigningException {
        return new SshPayloadSigner(SshPrivateKeys.load(privateKeyFile)).sign(data, namespace);
    }

    /** Checks {@code armored} over {@code data} for {@code namespace} against exactly the {@code trusted} keys. */
    public static Verification verify(byte[] data, String armored, String namespace, Collection<ReviewerKey> trusted) {
        return new SshSigVerifier(trusted, namespace).verify(data, armored);
    }
}
