package io.sanshen.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Git blob id of a file's bytes (SHA-1 of {@code "blob <length>\0"} and the bytes), the key every per-file cache
 * uses: a work-tree file and the same bytes committed have one id, so approvals, snapshots and builds agree on it.
 * Computed here rather than through JGit so a run on the work tree does not load JGit for it.
 */
public final class BlobId {
    private BlobId() {
    }

    public static String of(byte[] bytes) {
        MessageDigest sha1 = sha1();
        sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha1.digest(bytes));
    }

    static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
