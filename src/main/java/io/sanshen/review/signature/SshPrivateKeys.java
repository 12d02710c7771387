package io.sanshen.review.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;

/**
 * Reads OpenSSH private key files (openssh-key-v1, or legacy unencrypted PEM RSA/EC) with Bouncy Castle. A key
 * protected by a passphrase (openssh-key-v1 with bcrypt and AES, as ssh-keygen writes it) is opened in memory with
 * the passphrase the reviewer types; nothing decrypted is written anywhere.
 */
final class SshPrivateKeys {
    private static final byte[] V1_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    /** A usable private key with its public blob and SSH type. */
    record Loaded(AsymmetricKeyParameter privateKey, byte[] publicBlob, String type) {
    }

    private SshPrivateKeys() {
    }

    static Loaded load(Path file) throws SigningException {
        return load(file, null);
    }

    /** {@code passphrase} may be null (an unprotected key); it is used, never kept. */
    static Loaded load(Path file, char[] passphrase) throws SigningException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new SigningException(Message.of("sign.ssh.read", "无法读取 SSH 私钥文件 " + file + "：" + e.getMessage(),
                    "cannot read SSH private key file " + file + ": " + e.getMessage()), e);
        }
        if (!text.contains("PRIVATE KEY-----")) {
            throw unusable(file, "不是 SSH 私钥文件", "not an SSH private key file");
        }
        if (text.contains("ENCRYPTED")) {
            throw encrypted(file); // legacy PEM encryption: ssh-keygen -p -o converts it to openssh-key-v1
        }
        byte[] blob;
        try {
            blob = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
        } catch (IllegalArgumentException e) {
            throw unusable(file, "Base64 内容无效", "invalid Base64 content");
        }
        try {
            if (blob.length > V1_MAGIC.length && Arrays.equals(Arrays.copyOf(blob, V1_MAGIC.length), V1_MAGIC)) {
                return loadV1(file, blob, passphrase);
            }
            return fromPrivate(OpenSSHPrivateKeyUtil.parsePrivateKeyBlob(blob));
        } catch (SigningException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unusable(file, "无法解析：" + e.getMessage(), "cannot parse: " + e.getMessage());
        }
    }

    /** Whether {@code file} is an openssh-key-v1 key protected by a passphrase (false when unreadable). */
    static boolean isEncrypted(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            byte[] blob = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
            if (blob.length <= V1_MAGIC.length || !Arrays.equals(Arrays.copyOf(blob, V1_MAGIC.length), V1_MAGIC)) {
                return false;
            }
            SshWire.Reader r = new SshWire.Reader(blob);
            r.raw(V1_MAGIC.length);
            return !r.utf8().equals("none");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Loaded loadV1(Path file, byte[] blob, char[] passphrase) throws SigningException, IOException {
        SshWire.Reader r = new SshWire.Reader(blob);
        r.raw(V1_MAGIC.length);
        String cipher = r.utf8();
        String kdf = r.utf8();
        byte[] kdfOptions = r.string();
        if (r.uint32() != 1) {
            throw unusable(file, "文件中应恰好有一把密钥", "the file must hold exactly one key");
        }
        byte[] publicBlob = r.string();
        if (!cipher.equals("none")) {
            if (passphrase == null) {
                throw encrypted(file);
            }
            byte[] privateSection = SshKeyDecryption.decrypt(file, cipher, kdf, kdfOptions, r.string(), passphrase);
            // the same key file as if it had been written without a passphrase, for Bouncy Castle's parser
            blob = new SshWire.Writer().raw(V1_MAGIC).string("none").string("none").string(new byte[0]).uint32(1)
                    .string(publicBlob).string(privateSection).toBytes();
        }
        Loaded loaded = fromPrivate(OpenSSHPrivateKeyUtil.parsePrivateKeyBlob(blob));
        if (!Arrays.equals(loaded.publicBlob(), publicBlob)) {
            throw unusable(file, "私钥与文件中的公钥不一致", "private key does not match the public key in the file");
        }
        return loaded;
    }

    private static Loaded fromPrivate(AsymmetricKeyParameter priv) throws IOException {
        AsymmetricKeyParameter pub;
        if (priv instanceof Ed25519PrivateKeyParameters ed) {
            pub = ed.generatePublicKey();
        } else if (priv instanceof ECPrivateKeyParameters ec) {
            pub = new ECPublicKeyParameters(ec.getParameters().getG().multiply(ec.getD()).normalize(),
                    ec.getParameters());
        } else if (priv instanceof RSAPrivateCrtKeyParameters rsa) {
            pub = new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent());
        } else {
            throw new IOException("unsupported key kind " + priv.getClass().getSimpleName() + " (ed25519, ecdsa, rsa)");
        }
        byte[] blob = OpenSSHPublicKeyUtil.encodePublicKey(pub);
        return new Loaded(priv, blob, SshKeys.typeOf(blob));
    }

    private static SigningException encrypted(Path file) {
        return new SigningException(Message.of("sign.ssh.encrypted",
                "SSH 私钥 " + file + " 有口令保护：请输入口令（审核台的口令框，或命令行提示时输入）",
                "SSH private key " + file + " is passphrase-protected: give its passphrase (the desk's passphrase"
                        + " field, or at the command line's prompt)"));
    }

    private static SigningException unusable(Path file, String zh, String en) {
        return new SigningException(Message.of("sign.ssh.unusable", "SSH 私钥 " + file + " 无法使用：" + zh,
                "SSH private key " + file + " is unusable: " + en));
    }
}
