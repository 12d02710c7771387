package io.sanshen.review.signature;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The SSH wire encoding (RFC 4251 section 5): uint32, length-prefixed strings and mpints. Reading is bounds-checked
 * so hostile signatures end in {@link IllegalArgumentException}, never in array errors.
 */
final class SshWire {
    private SshWire() {
    }

    /** Sequential reader over one buffer. */
    static final class Reader {
        private final byte[] buf;
        private int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        boolean hasMore() {
            return pos < buf.length;
        }

        int remaining() {
            return buf.length - pos;
        }

        byte[] raw(int n) {
            if (n < 0 || n > remaining()) {
                throw new IllegalArgumentException("truncated SSH data");
            }
            byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return out;
        }

        long uint32() {
            byte[] b = raw(4);
            return ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        }

        byte[] string() {
            long n = uint32();
            if (n > remaining()) {
                throw new IllegalArgumentException("truncated SSH string");
            }
            return raw((int) n);
        }

        String utf8() {
            return new String(string(), StandardCharsets.UTF_8);
        }

        BigInteger mpint() {
            byte[] b = string();
            return b.length == 0 ? BigInteger.ZERO : new BigInteger(b);
        }
    }

    /** Appending writer. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer raw(byte[] b) {
            out.write(b, 0, b.length);
            return this;
        }

        Writer uint32(long v) {
            out.write((int) (v >>> 24) & 0xff);
            out.write((int) (v >>> 16) & 0xff);
            out.write((int) (v >>> 8) & 0xff);
            out.write((int) v & 0xff);
            return this;
        }

        Writer string(byte[] b) {
            return uint32(b.length).raw(b);
        }

        Writer string(String s) {
            return string(s.getBytes(StandardCharsets.UTF_8));
        }

        Writer mpint(BigInteger v) {
            return string(v.signum() == 0 ? new byte[0] : v.toByteArray());
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }
}
