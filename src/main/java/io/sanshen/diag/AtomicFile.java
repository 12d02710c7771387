package io.sanshen.diag;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a cache file whole: the new bytes go to a temporary file of their own beside it (two runs at once, CI and
 * a reviewer, must not write into one), which is then moved into place, so a reader sees the old file or the new one,
 * never half of one. Failing is no error: a cache only saves time, and the next run starts without it.
 */
public final class AtomicFile {
    /** Fills the temporary file; returns false when it should not be kept (too large, say). */
    @FunctionalInterface
    public interface Fill {
        boolean write(Path tmp) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file} through {@code fill}; true when the new file is in place. */
    public static boolean replace(Path file, Fill fill) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            if (!fill.write(tmp)) {
                return false;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false; // the next run recomputes what this one could not keep
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // a stray temporary file in the cache folder harms nothing
        }
    }
}
