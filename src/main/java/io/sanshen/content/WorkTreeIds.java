package io.sanshen.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The blob ids of work-tree item files a long-running preview read before, so that a rebuild reads only the files
 * that changed (Git's index does the same). An id is trusted while the file has the inode, size, modification time
 * and change time it had when it was read, and only if its change time was already {@value #SETTLED_MS} ms old
 * then: a change time cannot be set back by a program, and a write after that look gets a later one even on a file
 * system with a coarse clock. Anything else, or a file system without change times, means reading the file.
 * Held by the server, never static.
 */
public final class WorkTreeIds {
    static final long SETTLED_MS = 2_000;

    /** What one look at a file saw; {@code seenAt} in milliseconds of the wall clock. */
    private record Seen(Object fileKey, long size, long modified, long changed, long seenAt) {
        boolean sameFile(Seen other) {
            return Objects.equals(fileKey, other.fileKey) && size == other.size && modified == other.modified
                    && changed == other.changed;
        }
    }

    private record Known(Seen seen, String blob) {
    }

    private volatile Map<String, Known> known = Map.of();
    private final Map<String, Seen> walked = new ConcurrentHashMap<>();

    /** The blob id of {@code file} ({@code path} in the repository) if it is known and the file is as it was. */
    String blobOf(String path, Path file, BasicFileAttributes attrs) {
        Seen now = look(file, attrs);
        if (now == null) {
            return null;
        }
        walked.put(path, now);
        Known k = known.get(path);
        boolean settled = k != null && k.seen().changed() < TimeUnit.MILLISECONDS.toNanos(k.seen().seenAt() - SETTLED_MS);
        return settled && k.seen().sameFile(now) ? k.blob() : null;
    }

    /** Keeps the ids the last snapshot read ({@code blobs}, by path) for the files the last walk looked at. */
    public void learned(Map<String, String> blobs) {
        Map<String, Known> next = new HashMap<>();
        blobs.forEach((path, blob) -> {
            Seen seen = walked.get(path);
            if (seen != null) {
                next.put(path, new Known(seen, blob));
            }
        });
        walked.clear();
        known = Map.copyOf(next);
    }

    private static Seen look(Path file, BasicFileAttributes attrs) {
        try {
            long seenAt = System.currentTimeMillis();
            FileTime changed = (FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return new Seen(attrs.fileKey(), attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    changed.to(TimeUnit.NANOSECONDS), seenAt);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }
}
