package io.sanshen.review;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import io.sanshen.diag.CacheData;
import io.sanshen.diag.ChecksummedFile;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file of {@code .sanshen-cache/} (signatures, history, report): a {@link ChecksummedFile}, so it is read whole
 * or not at all and only when this user's cache key wrote it (a damaged or forged cache only means a slower run, never
 * a different review result), and it is written to a temporary file that is then moved into place. Lengths inside the
 * payload are checked against the bytes that remain ({@link CacheData}), so a damaged length cannot ask for
 * gigabytes, and a payload with bytes left over is refused.
 */
final class CacheFile {
    interface Writer extends ChecksummedFile.Writer {
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** The review caches' kind: each payload starts with its own tag too. */
    private static final String KIND = "sanshen review cache v2\n";

    private CacheFile() {
    }

    static <T> Optional<T> read(Path file, Reader<T> reader) {
        return ChecksummedFile.read(file, KIND).flatMap(bytes -> {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                T value = reader.read(in);
                // a payload with bytes left over was not written by this reader's writer
                return in.available() == 0 ? Optional.ofNullable(value) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Writes {@code file}; failing to is not an error (the cache is an optimisation). */
    static void write(Path file, Writer writer) {
        ChecksummedFile.write(file, KIND, writer);
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
