package io.sanshen.review.signature;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.config.keys.loader.openssh.kdf.BCrypt;

/**
 * Opens the private section of a passphrase-protected openssh-key-v1 file: key and IV from bcrypt_pbkdf (Apache MINA
 * SSHD's implementation, which JGit's SSH support already brings), then AES-CTR or -CBC as ssh-keygen chose it
 * (its default is aes256-ctr; aes256-gcm is refused with the command that re-encrypts the file). A wrong
 * passphrase shows as the two check numbers at the start of the section disagreeing.
 */
final class SshKeyDecryption {
    /** cipher name → key length, IV length, JCE transformation */
    private record Spec(int keyLength, int ivLength, String transformation) {
    }

    private static final Map<String, Spec> CIPHERS = Map.of(
            "aes128-ctr", new Spec(16, 16, "AES/CTR/NoPadding"),
            "aes192-ctr", new Spec(24, 16, "AES/CTR/NoPadding"),
            "aes256-ctr", new Spec(32, 16, "AES/CTR/NoPadding"),
            "aes128-cbc", new Spec(16, 16, "AES/CBC/NoPadding"),
            "aes192-cbc", new Spec(24, 16, "AES/CBC/NoPadding"),
            "aes256-cbc", new Spec(32, 16, "AES/CBC/NoPadding"));
    /** ssh-keygen writes 16 (or 24) rounds; far more would make the desk hang on a crafted file. */
    private static final int MAX_ROUNDS = 1024;

    private SshKeyDecryption() {
    }

    static byte[] decrypt(Path file, String cipher, String kdf, byte[] kdfOptions, byte[] encrypted, char[] passphrase)
            throws SigningException {
        Spec spec = CIPHERS.get(cipher);
        if (spec == null || !kdf.equals("bcrypt")) {
            throw unusable(file, "不支持的加密方式 " + cipher + "/" + kdf + "；可用 ssh-keygen -p -Z aes256-ctr -f 文件 改用 aes256-ctr",
                    "unsupported encryption " + cipher + "/" + kdf + "; re-encrypt with ssh-keygen -p -Z aes256-ctr -f FILE");
        }
        SshWire.Reader options = new SshWire.Reader(kdfOptions);
        byte[] salt = options.string();
        long rounds = options.uint32();
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw unusable(file, "bcrypt 轮数 " + rounds + " 超出范围", "bcrypt rounds " + rounds + " out of range");
        }
        byte[] password = utf8(passphrase);
        byte[] keyAndIv = new byte[spec.keyLength() + spec.ivLength()];
        try {
            new BCrypt().pbkdf(password, salt, (int) rounds, keyAndIv);
            SecretKeySpec key = new SecretKeySpec(keyAndIv, 0, spec.keyLength(), "AES");
            byte[] iv = Arrays.copyOfRange(keyAndIv, spec.keyLength(), keyAndIv.length);
            Cipher c = Cipher.getInstance(spec.transformation());
            c.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
            byte[] plain = c.doFinal(encrypted);
            if (plain.length < 8 || ByteBuffer.wrap(plain, 0, 4).getInt() != ByteBuffer.wrap(plain, 4, 4).getInt()) {
                throw new SigningException(Message.of("sign.ssh.passphrase", "SSH 私钥 " + file + " 的口令不对",
                        "wrong passphrase for SSH private key " + file));
            }
            return repad(plain);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw unusable(file, "无法解密：" + e.getMessage(), "cannot decrypt: " + e.getMessage());
        } finally {
            Arrays.fill(password, (byte) 0);
            Arrays.fill(keyAndIv, (byte) 0);
        }
    }

    /**
     * The section padded as for cipher "none" (to 8 bytes, with 1, 2, 3 …): ssh-keygen pads to the AES block (16), and
     * Bouncy Castle's reader takes more than 7 bytes of padding for trailing data.
     */
    static byte[] repad(byte[] section) {
        int end = section.length;
        int pad = section[end - 1] & 0xff;
        boolean padded = pad >= 1 && pad < 16 && pad <= end;
        for (int i = 0; padded && i < pad; i++) {
            padded = (section[end - pad + i] & 0xff) == i + 1;
        }
        int body = padded ? end - pad : end;
        int newPad = (8 - body % 8) % 8;
        byte[] out = Arrays.copyOf(section, body + newPad);
        for (int i = 0; i < newPad; i++) {
            out[body + i] = (byte) (i + 1);
        }
        return out;
    }

    private static byte[] utf8(char[] passphrase) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] out = Arrays.copyOf(b.array(), b.limit());
        Arrays.fill(b.array(), (byte) 0);
        return out;
    }

    private static SigningException unusable(Path file, String zh, String en) {
        return new SigningException(Message.of("sign.ssh.unusable", "SSH 私钥 " + file + " 无法使用：" + zh,
                "SSH private key " + file + " is unusable: " + en));
    }
}
