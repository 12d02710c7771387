package io.sanshen.content;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One file of the site as a repository path (forward slashes, relative to the site root) and lazily read bytes,
 * so that large attachments are only read when a check or the renderer needs them. {@code blob} is the file's Git
 * blob id when the source knows it without reading (a Git tree), else null: {@link #blobId()} then hashes the bytes.
 */
public record SourceFile(String path, long size, BytesReader reader, String blob) {

    public SourceFile(String path, long size, BytesReader reader) {
        this(path, size, reader, null);
    }

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

    /** The Git blob id of the file's bytes (hex), from the source or computed. */
    public String blobId() {
        return blob != null ? blob : BlobId.of(bytes());
    }

    public static SourceFile of(String path, byte[] bytes) {
        return new SourceFile(path, bytes.length, () -> bytes);
    }

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
