package io.sanshen.diag;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * A cache file that is used whole or not at all, and only when this user's {@link CacheKey} wrote it: a format tag,
 * the kind tag, the payload's length and an HMAC-SHA256 (of the format and kind, the file's name, the payload and
 * its length) come first, and {@link #read} returns the payload only when all of them match. A damaged, cut-off or
 * forged file — anybody who may write the cache folder can change a payload and fix up a checksum, but cannot make
 * the HMAC without the key — is a cache miss (a slower run), never a different result. Without a key no cache file
 * is read or written. Written through {@link AtomicFile}: no reader sees half a file.
 */
public final class ChecksummedFile {
    /** Streams a payload into the file (large caches need not be built in memory first). */
    @FunctionalInterface
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Bumped with the layout: files of an older layout are simply misses. */
    private static final byte[] FORMAT = "sanshen cache hmac 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_BYTES = 32;
    private static final long MAX_BYTES = 1L << 30;

    private ChecksummedFile() {
    }

    public static Optional<byte[]> read(Path file, String kind) {
        Optional<CacheKey> key = CacheKey.current();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] all = Files.readAllBytes(file);
            byte[] tag = tag(kind);
            int header = tag.length + Long.BYTES + MAC_BYTES;
            if (all.length < header || !Arrays.equals(all, 0, tag.length, tag, 0, tag.length)) {
                return Optional.empty();
            }
            long length = ByteBuffer.wrap(all, tag.length, Long.BYTES).getLong();
            if (length != all.length - header) {
                return Optional.empty();
            }
            CacheKey.Hmac mac = begin(key.get(), tag, file);
            mac.update(all, header, all.length - header);
            byte[] expected = end(mac, length);
            if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(all, tag.length + Long.BYTES, header))) {
                return Optional.empty();
            }
            return Optional.of(Arrays.copyOfRange(all, header, all.length));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code file}; failing to is no error (a cache only saves time). */
    public static void write(Path file, String kind, byte[] payload) {
        write(file, kind, out -> out.write(payload));
    }

    /** Writes {@code file} from {@code writer}; failing to, or a payload of 2 GB or more, is no error. */
    public static void write(Path file, String kind, Writer writer) {
        Optional<CacheKey> key = CacheKey.current();
        if (key.isEmpty()) {
            return;
        }
        byte[] tag = tag(kind);
        CacheKey.Hmac mac = begin(key.get(), tag, file);
        AtomicFile.replace(file, tmp -> {
            long length;
            try (OutputStream raw = Files.newOutputStream(tmp)) {
                raw.write(new byte[tag.length + Long.BYTES + MAC_BYTES]); // filled in below, once length and MAC are known
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new MacStream(raw, mac), 1 << 16));
                writer.write(out);
                out.flush();
                length = out.size() & 0xffffffffL;
            }
            if (Files.size(tmp) != tag.length + Long.BYTES + MAC_BYTES + length) {
                return false; // 2 GB or more (the counter stops there): not worth keeping
            }
            ByteBuffer header = ByteBuffer.allocate(tag.length + Long.BYTES + MAC_BYTES)
                    .put(tag).putLong(length).put(end(mac, length));
            header.flip();
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                while (header.hasRemaining()) {
                    ch.write(header, header.position());
                }
            }
            return true;
        });
    }

    private static byte[] tag(String kind) {
        byte[] k = kind.getBytes(StandardCharsets.UTF_8);
        byte[] tag = Arrays.copyOf(FORMAT, FORMAT.length + k.length);
        System.arraycopy(k, 0, tag, FORMAT.length, k.length);
        return tag;
    }

    /** The MAC starts with the tags and the file's name: a file is believed only as what and where it was written. */
    private static CacheKey.Hmac begin(CacheKey key, byte[] tag, Path file) {
        CacheKey.Hmac mac = key.mac();
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(tag.length).array());
        mac.update(tag);
        byte[] name = String.valueOf(file.getFileName()).getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
        mac.update(name);
        return mac;
    }

    private static byte[] end(CacheKey.Hmac mac, long length) {
        mac.update(ByteBuffer.allocate(Long.BYTES).putLong(length).array());
        return mac.doFinal();
    }

    /** Passes bytes on and into the MAC. */
    private static final class MacStream extends FilterOutputStream {
        private final CacheKey.Hmac mac;

        MacStream(OutputStream out, CacheKey.Hmac mac) {
            super(out);
            this.mac = mac;
        }

        @Override
        public void write(int b) throws IOException {
            mac.update((byte) b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            mac.update(b, off, len);
            out.write(b, off, len);
        }
    }
}
