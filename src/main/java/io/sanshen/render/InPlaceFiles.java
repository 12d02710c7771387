package io.sanshen.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * The file operations of an {@link OutputTree} written in place (a preview's served folder): a file is replaced by
 * a rename, so a reader opens either the old bytes or the new ones; what the last output had in the way (a file
 * where a folder is now needed, or the reverse) and what it had that this build did not write is removed.
 */
final class InPlaceFiles {
    private InPlaceFiles() {
    }

    /** Puts {@code bytes} at {@code file} by writing them beside it and renaming them over it. */
    static void replace(Path file, byte[] bytes) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            OutputTree.deleteTree(file); // a folder of the last output where this build writes a file
        }
        Path temp = Files.createTempFile(file.getParent(), ".sanshen-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a file of the last output that stands where {@code dir} (inside {@code root}) must be a folder. */
    static void clearWay(Path root, Path dir) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path p = root;
        for (Path name : root.relativize(dir)) {
            p = p.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
            }
        }
    }

    /** Deletes the files of {@code last} that are not in {@code now} (site paths), and folders left empty. */
    static void removeStale(Path root, Set<String> last, Set<String> now) throws IOException {
        for (String path : last) {
            if (now.contains(path)) {
                continue;
            }
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a folder now stands there: this build wrote into it
            }
            Files.delete(file);
            for (Path dir = file.getParent(); !dir.equals(root); dir = dir.getParent()) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    break;
                }
            }
        }
    }
}
