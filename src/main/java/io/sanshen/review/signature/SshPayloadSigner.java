package io.sanshen.review.signature;

import org.bouncycastle.crypto.CryptoException;

/** Writes SSHSIG signatures (namespace {@code git}, SHA-512) the way {@code ssh-keygen -Y sign} does. */
final class SshPayloadSigner implements PayloadSigner {
    private final SshPrivateKeys.Loaded key;

    SshPayloadSigner(SshPrivateKeys.Loaded key) {
        this.key = key;
    }

    @Override
    public String sign(byte[] payload) throws SigningException {
        return sign(payload, SshSigVerifier.NAMESPACE);
    }

    /** Visible for tests that need a signature for another namespace. */
    String sign(byte[] payload, String namespace) throws SigningException {
        byte[] data = SshSig.signedData(namespace, "sha512", payload);
        try {
            SshSigCrypto.Raw raw = SshSigCrypto.sign(key.privateKey(), key.type(), data);
            return new SshSig(key.publicBlob(), namespace, new byte[0], "sha512", raw.type(), raw.value()).armor();
        } catch (CryptoException e) {
            throw new SigningException(Message.of("sign.ssh.fail", "SSH 签名失败：" + e.getMessage(),
                    "SSH signing failed: " + e.getMessage()), e);
        }
    }
}
