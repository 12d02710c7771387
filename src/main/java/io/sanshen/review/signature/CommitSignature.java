package io.sanshen.review.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A raw Git commit split the way git splits it before verifying: the signed payload (the commit object without
 * its signature header) and the armored signature.
 *
 * @param payload  the exact bytes that were signed; for an unsigned commit, the whole commit object
 * @param armored  the armored signature as stored in the header (continuation spaces removed); empty if unsigned
 * @param format   SSH, OpenPGP, another armor, or {@link SignatureFormat#NONE}
 */
public record CommitSignature(byte[] payload, String armored, SignatureFormat format) {
    private static final String SHA1_HEADER = "gpgsig";

    public CommitSignature {
        payload = payload.clone();
        Objects.requireNonNull(armored);
        Objects.requireNonNull(format);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Whether the commit carries any signature header. */
    public boolean isSigned() {
        return format != SignatureFormat.NONE;
    }

    /** Splits a parsed JGit commit (its raw buffer). */
    public static CommitSignature of(RevCommit commit) {
        return of(commit.getRawBuffer());
    }

    /** Splits a raw commit object of a SHA-1 repository (signature header {@code gpgsig}). */
    public static CommitSignature of(byte[] raw) {
        return of(raw, SHA1_HEADER);
    }

    /**
     * Splits a raw commit object; {@code header} is {@code gpgsig} in SHA-1 and {@code gpgsig-sha256} in SHA-256
     * repositories. Mirrors git's {@code parse_buffer_signed_by_header}: the signature header and its continuation
     * lines leave the payload, and so does any other {@code gpgsig*} header (the signature for the other hash).
     */
    public static CommitSignature of(byte[] raw, String header) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(raw.length);
        ByteArrayOutputStream signature = new ByteArrayOutputStream();
        byte[] prefix = (header + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] anyGpgsig = "gpgsig".getBytes(StandardCharsets.US_ASCII);
        boolean inSignature = false;
        boolean otherSignature = false;
        boolean sawSignature = false;
        int line = 0;
        while (line < raw.length) {
            int next = indexOf(raw, (byte) '\n', line);
            next = next < 0 ? raw.length : next + 1;
            int sig = -1;
            if (inSignature && raw[line] == ' ') {
                sig = line + 1;
            } else if (startsWith(raw, line, prefix)) {
                sig = line + prefix.length;
                otherSignature = false;
            } else if (startsWith(raw, line, anyGpgsig)) {
                otherSignature = true;
            } else if (otherSignature && raw[line] != ' ') {
                otherSignature = false;
            }
            if (sig >= 0) {
                signature.write(raw, sig, next - sig);
                sawSignature = true;
                inSignature = true;
            } else {
                if (raw[line] == '\n') {
                    next = raw.length; // the message: copy the rest verbatim
                }
                if (!otherSignature) {
                    payload.write(raw, line, next - line);
                }
                inSignature = false;
            }
            line = next;
        }
        String armored = signature.toString(StandardCharsets.UTF_8);
        return new CommitSignature(payload.toByteArray(), sawSignature ? armored : "",
                sawSignature ? SignatureFormat.detect(armored) : SignatureFormat.NONE);
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitSignature c && java.util.Arrays.equals(c.payload, payload)
                && c.armored.equals(armored) && c.format == format;
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(payload), armored, format);
    }

    @Override
    public String toString() {
        return "CommitSignature[" + format + ", payload " + payload.length + " bytes]";
    }
}
