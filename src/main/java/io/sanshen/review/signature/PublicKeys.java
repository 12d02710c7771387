package io.sanshen.review.signature;

import java.util.Base64;
import java.util.Optional;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;

/** Facade: reads reviewer public keys as they are pasted into {@code site-config.yml}. */
public final class PublicKeys {
    private PublicKeys() {
    }

    /**
     * Parses one OpenSSH public key line: {@code <type> <base64> [comment]}, as in {@code id_ed25519.pub}.
     * Supported types: {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256/384/521}, {@code ssh-rsa}, {@code ssh-dss}
     * (the last one always {@link Weakness#DSA}).
     *
     * @throws KeyParseException with a bilingual message when the line is not such a key
     */
    public static ReviewerKey parseSsh(String line) {
        String text = line == null ? "" : line.strip();
        if (text.contains("PRIVATE KEY-----")) {
            throw problem("key.ssh.private", "这是 SSH 私钥，切勿外传；请登记以 .pub 结尾的公钥文件内容",
                    "this is an SSH private key; never share it, register the contents of the .pub file");
        }
        String[] parts = text.split("\\s+", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            throw problem("key.ssh.shape", "不是 OpenSSH 公钥（应为“类型 Base64 [备注]”，如 ssh-ed25519 AAAA…）",
                    "not an OpenSSH public key (expected \"<type> <base64> [comment]\", e.g. ssh-ed25519 AAAA…)");
        }
        String type = parts[0];
        if (!SshKeys.TYPES.contains(type)) {
            throw problem("key.ssh.type", "不支持的 SSH 密钥类型：" + type
                    + "（支持 ssh-ed25519、ecdsa-sha2-nistp256/384/521、ssh-rsa）",
                    "unsupported SSH key type: " + type + " (supported: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa)");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw problem("key.ssh.base64", "SSH 公钥的 Base64 部分无效", "the Base64 part of the SSH key is invalid");
        }
        AsymmetricKeyParameter params;
        try {
            String inner = SshKeys.typeOf(blob);
            if (!inner.equals(type)) {
                throw problem("key.ssh.mismatch", "密钥类型 " + type + " 与密钥数据中的类型 " + inner + " 不一致",
                        "key type " + type + " does not match the type inside the key data, " + inner);
            }
            params = SshKeys.params(blob);
        } catch (KeyParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw problem("key.ssh.corrupt", "SSH 公钥数据损坏：" + e.getMessage(),
                    "SSH public key data is corrupt: " + e.getMessage());
        }
        int bits = SshKeys.bits(params);
        return new ReviewerKey(KeyFormat.SSH, type, bits, SshKeys.fingerprint(blob),
                parts.length > 2 ? parts[2].strip() : "", Optional.empty(), java.util.List.of(),
                SshKeys.weakness(type, bits), blob);
    }

    /**
     * Parses one ASCII-armored OpenPGP public key ({@code gpg --armor --export KEYID}): primary fingerprint,
     * algorithm, size, creation time and subkey ids.
     *
     * @throws KeyParseException with a bilingual message when the text is not exactly one public key
     */
    public static ReviewerKey parseOpenPgp(String armored) {
        return OpenPgpKeys.parse(armored);
    }

    private static KeyParseException problem(String key, String zh, String en) {
        return new KeyParseException(Message.of(key, zh, en));
    }
}
