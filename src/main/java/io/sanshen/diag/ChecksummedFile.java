package io.sanshen.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A cache file that is used whole or not at all: a kind tag, the payload's length and its CRC32C come first, and
 * {@link #read} returns the payload only when all three match, so a damaged or cut-off file is a cache miss (a
 * slower run), never a different result. Written through {@link AtomicFile}: no reader sees half a file.
 * The checksum guards against damage, not against someone who may write the cache folder.
 */
public final class ChecksummedFile {
    private static final long MAX_BYTES = 1L << 30;

    private ChecksummedFile() {
    }

    public static Optional<byte[]> read(Path file, String kind) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] all = Files.readAllBytes(file);
            byte[] tag = kind.getBytes(StandardCharsets.UTF_8);
            int header = tag.length + Long.BYTES + Integer.BYTES;
            if (all.length < header || !Arrays.equals(all, 0, tag.length, tag, 0, tag.length)) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(all, tag.length, Long.BYTES + Integer.BYTES);
            long length = b.getLong();
            int crc = b.getInt();
            if (length != all.length - header || crc != crc(all, header)) {
                return Optional.empty();
            }
            return Optional.of(Arrays.copyOfRange(all, header, all.length));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code file}; failing to is no error (a cache only saves time). */
    public static void write(Path file, String kind, byte[] payload) {
        byte[] tag = kind.getBytes(StandardCharsets.UTF_8);
        ByteBuffer all = ByteBuffer.allocate(tag.length + Long.BYTES + Integer.BYTES + payload.length);
        all.put(tag).putLong(payload.length).putInt(crc(payload, 0)).put(payload);
        AtomicFile.replace(file, tmp -> {
            Files.write(tmp, all.array());
            return true;
        });
    }

    private static int crc(byte[] bytes, int from) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, bytes.length - from);
        return (int) crc.getValue();
    }
}
