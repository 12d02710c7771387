package io.sanshen.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * A Git tree kept in memory and edited one file at a time. Writing it formats again only the folders changed since
 * the last write, so adding a file costs the size of the folders on its path; {@code DirCache.writeTree} would hash
 * the whole index every time.
 */
final class FolderTree {
    private final Folder root = new Folder(new byte[0]);

    /** Adds or replaces the regular file at {@code path} ({@code a/b/c.md}). */
    void put(String path, ObjectId blob) {
        String[] parts = path.split("/");
        Folder f = root;
        f.id = null;
        for (int i = 0; i < parts.length - 1; i++) {
            f = f.folder(parts[i]);
            f.id = null;
        }
        String name = parts[parts.length - 1];
        f.entries.put(name, new FileEntry(bytes(name), blob));
    }

    /** Inserts the changed folders' trees and returns the root tree id. */
    ObjectId write(ObjectInserter ins) throws IOException {
        return root.write(ins);
    }

    private static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private sealed interface Node permits FileEntry, Folder {
    }

    private record FileEntry(byte[] name, ObjectId blob) implements Node {
    }

    private static final class Folder implements Node {
        final byte[] name;
        /**
         * Git orders a folder as if its name ended in '/', hence that key. String order equals Git's byte order
         * except for characters outside the BMP, which these paths do not use.
         */
        final TreeMap<String, Node> entries = new TreeMap<>();
        /** Null while the folder has changes not yet written. */
        ObjectId id;

        Folder(byte[] name) {
            this.name = name;
        }

        Folder folder(String child) {
            return (Folder) entries.computeIfAbsent(child + "/", k -> new Folder(bytes(child)));
        }

        ObjectId write(ObjectInserter ins) throws IOException {
            if (id != null) {
                return id;
            }
            // sized exactly: past its initial 8 KB a TreeFormatter appends through a byte-at-a-time overflow buffer
            int size = 0;
            for (Node n : entries.values()) {
                size += n instanceof Folder sub ? TreeFormatter.entrySize(FileMode.TREE, sub.name.length)
                        : TreeFormatter.entrySize(FileMode.REGULAR_FILE, ((FileEntry) n).name().length);
            }
            TreeFormatter fmt = new TreeFormatter(size);
            for (Node n : entries.values()) {
                if (n instanceof Folder sub) {
                    fmt.append(sub.name, FileMode.TREE, sub.write(ins));
                } else {
                    FileEntry file = (FileEntry) n;
                    fmt.append(file.name(), FileMode.REGULAR_FILE, file.blob());
                }
            }
            id = fmt.insertTo(ins);
            return id;
        }
    }
}
