package io.sanshen.review.signature;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Writes SSHSIG signatures with a key held by ssh-agent (the agent protocol over its Unix socket, as
 * {@code ssh-keygen -Y sign} does with {@code SSH_AUTH_SOCK}): the private key never leaves the agent, and the
 * reviewer types no passphrase into Sanshen at all.
 */
final class SshAgentSigner implements PayloadSigner {
    private static final int SIGN_REQUEST = 13;
    private static final int SIGN_RESPONSE = 14;
    /** SSH_AGENT_RSA_SHA2_512: an RSA key signs with rsa-sha2-512, never with SHA-1. */
    private static final int RSA_SHA2_512 = 4;
    private static final int MAX_REPLY = 1 << 16;

    private final byte[] publicBlob;
    private final Path socket;

    SshAgentSigner(byte[] publicBlob, Path socket) {
        this.publicBlob = publicBlob;
        this.socket = socket;
    }

    @Override
    public String sign(byte[] payload) throws SigningException {
        String namespace = SshSigVerifier.NAMESPACE;
        byte[] data = SshSig.signedData(namespace, "sha512", payload);
        boolean rsa = SshKeys.typeOf(publicBlob).equals("ssh-rsa");
        byte[] request = new SshWire.Writer().raw(new byte[] {SIGN_REQUEST}).string(publicBlob).string(data)
                .uint32(rsa ? RSA_SHA2_512 : 0).toBytes();
        byte[] reply = exchange(request);
        if (reply.length == 0 || reply[0] != SIGN_RESPONSE) {
            throw new SigningException(Message.of("sign.agent.refused",
                    "ssh-agent 拒绝签名：代理中没有这把密钥（请先 ssh-add），或签名请求被拒绝",
                    "ssh-agent refused to sign: the key is not in the agent (run ssh-add first), or the request was denied"));
        }
        SshWire.Reader response = new SshWire.Reader(reply);
        response.raw(1);
        SshWire.Reader signature = new SshWire.Reader(response.string());
        String type = signature.utf8();
        byte[] value = signature.string();
        return new SshSig(publicBlob, namespace, new byte[0], "sha512", type, value).armor();
    }

    private byte[] exchange(byte[] request) throws SigningException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.allocate(4 + request.length).putInt(request.length).put(request).flip();
            while (out.hasRemaining()) {
                ch.write(out);
            }
            ByteBuffer length = readFully(ch, 4);
            int n = length.getInt();
            if (n < 1 || n > MAX_REPLY) {
                throw new IOException("agent reply of " + n + " bytes");
            }
            return readFully(ch, n).array();
        } catch (IOException e) {
            throw new SigningException(Message.of("sign.agent.io", "无法连接 ssh-agent（" + socket + "）：" + e.getMessage(),
                    "cannot talk to ssh-agent (" + socket + "): " + e.getMessage()), e);
        }
    }

    private static ByteBuffer readFully(SocketChannel ch, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new IOException("agent closed the connection");
            }
        }
        return b.flip();
    }
}
