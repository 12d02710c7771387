package io.sanshen.build;

import io.sanshen.content.SnapshotCache;
import io.sanshen.render.PageReuse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one process keeps from build to build: the snapshot cache (item files parsed once while unchanged) and the
 * record of the last output's pages ({@link PageReuse}). A command-line run also keeps the page record in
 * {@code .sanshen-cache/} for the next run; the preview server keeps it in memory. Held by the caller, never static.
 */
public final class BuildCaches {
    static final String DIR = ".sanshen-cache";

    private final SnapshotCache snapshots = new SnapshotCache();
    private final boolean onDisk;
    private PageReuse last;

    private BuildCaches(boolean onDisk) {
        this.onDisk = onDisk;
    }

    /** For one command-line build: the page record is read from and written to the site's cache folder. */
    public static BuildCaches forRun() {
        return new BuildCaches(true);
    }

    /** For a long-running preview: everything stays in memory. */
    public static BuildCaches inMemory() {
        return new BuildCaches(false);
    }

    SnapshotCache snapshots() {
        return snapshots;
    }

    /** The pages of the last build into {@code out} that a build of {@code inputs} may reuse. */
    synchronized PageReuse reuseFor(String inputs, Path siteRoot, Path out) {
        if (last != null) {
            return last.next(inputs, out);
        }
        return onDisk ? PageReuse.load(file(siteRoot, out), inputs, out) : PageReuse.none(inputs, out);
    }

    /** Records the pages of a build whose output is now in place. */
    synchronized void built(PageReuse pages, Path siteRoot, Path out) {
        last = pages;
        if (onDisk) {
            pages.save(file(siteRoot, out));
        }
    }

    /** One record per output folder, named by its absolute path. */
    private static Path file(Path siteRoot, Path out) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(out.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return siteRoot.resolve(DIR).resolve("pages-" + HexFormat.of().formatHex(d, 0, 8) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
