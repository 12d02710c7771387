package io.sanshen.deploy;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The few file operations a deployment needs, on a folder of this machine or of a server. Paths are relative to
 * the target's root, with forward slashes. Nothing here follows a symbolic link unless it says so.
 */
public interface Target extends Closeable {
    /** What to call the target in messages ({@code name (user@host:/path)}). */
    String describe();

    /** The kind of entry at {@code path}, not following a final link; empty when there is none. */
    Optional<Kind> kind(String path) throws IOException;

    /** Names in the folder {@code dir} (a link to a folder is followed); empty when it does not exist. */
    List<String> list(String dir) throws IOException;

    void mkdirs(String dir) throws IOException;

    /** Creates or truncates the file {@code path} with the bytes of {@code in}. */
    void write(String path, InputStream in) throws IOException;

    /** The bytes of {@code path}, following links. */
    InputStream read(String path) throws IOException;

    /** Makes {@code link} another name of the existing file {@code existing}; false when the target cannot. */
    boolean hardLink(String existing, String link) throws IOException;

    /** Creates the symbolic link {@code link} whose text is {@code target} (relative to the link's folder). */
    void symlink(String link, String target) throws IOException;

    Optional<String> readLink(String path) throws IOException;

    /** Renames {@code from} to {@code to}, replacing {@code to} in one step (POSIX rename). */
    void replace(String from, String to) throws IOException;

    /** Deletes {@code path} and, for a folder, everything below it (links are removed, never followed). */
    void delete(String path) throws IOException;

    enum Kind { FILE, DIRECTORY, LINK, OTHER }

    /** Every regular file below {@code dir} (following {@code dir} itself if a link), relative to it; links are {@link Kind#LINK}. */
    default java.util.SortedMap<String, Kind> walk(String dir) throws IOException {
        java.util.TreeMap<String, Kind> out = new java.util.TreeMap<>();
        walk(dir, "", out);
        return out;
    }

    private void walk(String dir, String prefix, java.util.TreeMap<String, Kind> out) throws IOException {
        for (String name : list(dir + prefix)) {
            String rel = prefix.isEmpty() ? name : prefix.substring(1) + "/" + name;
            Kind kind = kind(dir + "/" + rel).orElse(Kind.OTHER);
            if (kind == Kind.DIRECTORY) {
                walk(dir, "/" + rel, out);
            } else {
                out.put(rel, kind);
            }
        }
    }
}
