package io.sanshen.review;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import java.util.Optional;
import io.sanshen.diag.AtomicFile;
import io.sanshen.diag.CacheData;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file of {@code .sanshen-cache/} (signatures, history, report): read whole or not at all (a damaged cache only
 * means a slower run), and written to a temporary file that is then moved into place, so a reader never sees half
 * a file. Every file starts with a header — magic, format version, payload length, CRC32C of the payload — and a
 * payload is handed to its reader only when all four match: a flipped bit or a cut-off file is a cache miss, never
 * a different review result. Lengths inside the payload are checked against the bytes that remain
 * ({@link CacheData}), so a damaged length cannot ask for gigabytes. The file is replaced through {@link AtomicFile}.
 */
final class CacheFile {
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static final long MAGIC = 0x53414e5348454e43L; // "SANSHENC"
    private static final int FORMAT = 1;
    /** magic, format, payload length, CRC32C */
    private static final int HEADER = Long.BYTES + Integer.BYTES + Long.BYTES + Integer.BYTES;
    /** Larger files are not read at all (a history of millions of commits stays far below). */
    private static final long MAX_BYTES = 1L << 30;

    private CacheFile() {
    }

    static <T> Optional<T> read(Path file, Reader<T> reader) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < HEADER) {
                return Optional.empty();
            }
            ByteBuffer header = ByteBuffer.wrap(bytes, 0, HEADER);
            if (header.getLong() != MAGIC || header.getInt() != FORMAT || header.getLong() != bytes.length - HEADER) {
                return Optional.empty();
            }
            int expected = header.getInt();
            CRC32C crc = new CRC32C();
            crc.update(bytes, HEADER, bytes.length - HEADER);
            if ((int) crc.getValue() != expected) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, HEADER, bytes.length - HEADER));
            T value = reader.read(in);
            // a payload with bytes left over was not written by this reader's writer
            return in.available() == 0 ? Optional.ofNullable(value) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code file}; failing to is not an error (the cache is an optimisation). */
    static void write(Path file, Writer writer) {
        AtomicFile.replace(file, tmp -> {
            CRC32C crc = new CRC32C();
            long length;
            try (OutputStream raw = Files.newOutputStream(tmp)) {
                raw.write(new byte[HEADER]); // filled in below, once length and checksum are known
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc);
                DataOutputStream out = new DataOutputStream(checked);
                writer.write(out);
                out.flush();
                length = out.size() & 0xffffffffL;
            }
            if (Files.size(tmp) != HEADER + length) {
                return false; // 2 GB or more (the counter stops there): not worth keeping
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer header = ByteBuffer.allocate(HEADER).putLong(MAGIC).putInt(FORMAT).putLong(length)
                        .putInt((int) crc.getValue());
                header.flip();
                while (header.hasRemaining()) {
                    ch.write(header, header.position());
                }
            }
            return true;
        });
    }

    static int readCount(DataInputStream in, int minBytes) throws IOException {
        return CacheData.readCount(in, minBytes);
    }

    static void writeId(DataOutputStream out, ObjectId id) throws IOException {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        id.copyRawTo(raw, 0);
        out.write(raw);
    }

    static ObjectId readId(DataInputStream in) throws IOException {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        in.readFully(raw);
        return ObjectId.fromRaw(raw);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        CacheData.writeString(out, s);
    }

    static String readString(DataInputStream in) throws IOException {
        return CacheData.readString(in);
    }
}
