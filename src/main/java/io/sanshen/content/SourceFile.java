package io.sanshen.content;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One file of the site as a repository path (forward slashes, relative to the site root) and lazily read bytes,
 * so that large attachments are only read when a check or the renderer needs them.
 */
public record SourceFile(String path, long size, BytesReader reader) {

    /** Reads the file's bytes; from disk or from a Git object. */
    @FunctionalInterface
    public interface BytesReader {
        byte[] read() throws IOException;
    }

    public byte[] bytes() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static SourceFile of(String path, byte[] bytes) {
        return new SourceFile(path, bytes.length, () -> bytes);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
