package io.sanshen.review.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * One OpenSSH signature blob as PROTOCOL.sshsig defines it: {@code "SSHSIG"}, version 1, public key, namespace,
 * reserved, hash algorithm, signature. Parsing is strict; every deviation is an {@link IllegalArgumentException}
 * whose text ends up in a MALFORMED verification.
 */
record SshSig(byte[] publicKey, String namespace, byte[] reserved, String hashAlgorithm, String signatureType,
        byte[] signature) {
    static final byte[] MAGIC = "SSHSIG".getBytes(StandardCharsets.US_ASCII);
    static final String BEGIN = "-----BEGIN SSH SIGNATURE-----";
    static final String END = "-----END SSH SIGNATURE-----";
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    static SshSig parseArmored(String armored) {
        String text = armored.strip();
        if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
            throw new IllegalArgumentException("missing SSH SIGNATURE armor lines");
        }
        String body = text.substring(BEGIN.length(), text.length() - END.length());
        body = SPACE.matcher(body).replaceAll("");
        return parse(Base64.getDecoder().decode(body));
    }

    static SshSig parse(byte[] blob) {
        SshWire.Reader r = new SshWire.Reader(blob);
        if (!Arrays.equals(r.raw(MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("not an SSHSIG blob (bad magic)");
        }
        long version = r.uint32();
        if (version != 1) {
            throw new IllegalArgumentException("unsupported SSHSIG version " + version);
        }
        byte[] publicKey = r.string();
        String namespace = r.utf8();
        byte[] reserved = r.string();
        String hash = r.utf8();
        SshWire.Reader sig = new SshWire.Reader(r.string());
        if (r.hasMore()) {
            throw new IllegalArgumentException("trailing bytes after SSHSIG signature");
        }
        String type = sig.utf8();
        byte[] value = sig.string();
        if (sig.hasMore()) {
            throw new IllegalArgumentException("trailing bytes inside SSHSIG signature");
        }
        return new SshSig(publicKey, namespace, reserved, hash, type, value);
    }

    /** The bytes the private key actually signs: magic, namespace, reserved, hash algorithm, H(message). */
    static byte[] signedData(String namespace, String hashAlgorithm, byte[] message) {
        return new SshWire.Writer().raw(MAGIC).string(namespace).string(new byte[0]).string(hashAlgorithm)
                .string(hash(hashAlgorithm, message)).toBytes();
    }

    static byte[] hash(String hashAlgorithm, byte[] message) {
        String jca = switch (hashAlgorithm) {
            case "sha256" -> "SHA-256";
            case "sha512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported SSHSIG hash algorithm " + hashAlgorithm);
        };
        try {
            return MessageDigest.getInstance(jca).digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jca + " is mandatory in every JRE", e);
        }
    }

    /** Encodes and armors like {@code ssh-keygen -Y sign}: base64 wrapped at 70 columns. */
    String armor() {
        byte[] sig = new SshWire.Writer().string(signatureType).string(signature).toBytes();
        byte[] blob = new SshWire.Writer().raw(MAGIC).uint32(1).string(publicKey).string(namespace).string(reserved)
                .string(hashAlgorithm).string(sig).toBytes();
        String b64 = Base64.getEncoder().encodeToString(blob);
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        for (int i = 0; i < b64.length(); i += 70) {
            out.append(b64, i, Math.min(b64.length(), i + 70)).append('\n');
        }
        return out.append(END).append('\n').toString();
    }
}
