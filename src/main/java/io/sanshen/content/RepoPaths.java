package io.sanshen.content;

import java.nio.file.Path;
import java.util.Optional;

/** Repository paths: forward slashes, relative, never leaving the root. */
public final class RepoPaths {
    private RepoPaths() {
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Resolves a repository path under {@code root}, refusing any that would leave it. */
    public static Path resolveInside(Path root, String repoPath) {
        Path p = root.resolve(repoPath).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the repository: " + repoPath);
        }
        return p;
    }

    /**
     * Resolves a relative link {@code target} written in file {@code fromFile} (both repository paths) to a
     * repository path, or empty when it climbs above the repository root.
     */
    public static Optional<String> resolveLink(String fromFile, String target) {
        String base = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/')) : "";
        String joined = target.startsWith("/") ? target.substring(1) : (base.isEmpty() ? target : base + "/" + target);
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
