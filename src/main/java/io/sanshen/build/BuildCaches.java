package io.sanshen.build;

import io.sanshen.check.FindingCache;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.SnapshotCache;
import io.sanshen.render.PageReuse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one process keeps from build to build: the snapshot cache (item files parsed once while unchanged), the
 * findings of unchanged items ({@link FindingCache}) and the record of the last output's pages ({@link PageReuse}).
 * A command-line run (a build, publishing or not, and {@code sanshen check}) also keeps them in {@code .sanshen-cache/}
 * for the next run, authenticated with the user's cache key; the preview server keeps them in memory. Held by the
 * caller, never static.
 */
public final class BuildCaches {
    static final String DIR = ".sanshen-cache";

    private static final String FINDINGS = "findings.bin";

    private static final String SNAPSHOT = "snapshot.bin";

    private SnapshotCache snapshots;
    private final boolean onDisk;
    private PageReuse last;
    private FindingCache findings;
    /** The preview output this process last committed, and its files: the next preview may write it in place. */
    private Path servedOut;
    private java.util.Set<String> servedFiles;
    private final io.sanshen.content.WorkTreeIds workTreeIds = new io.sanshen.content.WorkTreeIds();
    /** The last preview's review and what it was of (HEAD, date, trust root). */
    private String reviewKey;
    private java.util.Optional<ReviewPhase.Reviewed> review;

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

    /** How much work went through these caches so far: item files parsed, groups of item rules run on an item. */
    public record Work(int parses, int checks) {
    }

    public synchronized Work work() {
        return new Work(snapshots == null ? 0 : snapshots.parses(), findings == null ? 0 : findings.checked());
    }

    /**
     * The snapshot cache for a run over {@code siteRoot} reading with {@code inputs} ({@link #checkInputs}). Publishing
     * builds read it from disk too: the file is believed only when this user's {@link io.sanshen.diag.CacheKey}
     * wrote it, and an entry only for the same path and blob id.
     */
    public synchronized SnapshotCache snapshots(Path siteRoot, String inputs) {
        if (snapshots == null) {
            snapshots = onDisk ? SnapshotCache.load(snapshotFile(siteRoot), inputs) : new SnapshotCache();
        }
        return snapshots;
    }

    /** Keeps what the last snapshot read for the next process. */
    public synchronized void snapshotRead(Path siteRoot, String inputs) {
        if (onDisk) {
            snapshots.save(snapshotFile(siteRoot), inputs);
        }
    }

    private static Path snapshotFile(Path siteRoot) {
        return siteRoot.resolve(DIR).resolve(SNAPSHOT);
    }

    /**
     * The findings kept from the runs before (builds and {@code sanshen check}) over {@code siteRoot}. A file in the
     * work tree decides what is published only because nobody without this user's cache key can write one that is
     * believed ({@link io.sanshen.diag.ChecksummedFile}): a findings.bin edited or copied from elsewhere is a miss.
     */
    public synchronized FindingCache findings(Path siteRoot) {
        if (findings == null) {
            findings = onDisk ? FindingCache.load(findingsFile(siteRoot)) : FindingCache.empty();
        }
        return findings;
    }

    /** Keeps what the last check run (over the whole site) used for the next run, on disk too. */
    synchronized void checked(Path siteRoot) {
        checked(siteRoot, false);
    }

    /**
     * Keeps what the last check run used for the next run; with {@code partly} (a check of some files only), the
     * entries it did not use stay too, so a one-file check does not forget the rest of the site.
     */
    public synchronized void checked(Path siteRoot, boolean partly) {
        findings.end(partly);
        if (onDisk) {
            findings.save(findingsFile(siteRoot));
        }
    }

    /**
     * The digest of what the rules read besides the items (program, {@code site-config.yml}, word lists under
     * {@code policyRoot}): the key of {@link #snapshots} and of the findings, the same for a build and a check.
     */
    public static String checkInputs(Path policyRoot, SiteConfig config) throws IOException {
        return BuildInputs.checks(policyRoot, config);
    }

    private static Path findingsFile(Path siteRoot) {
        return siteRoot.resolve(DIR).resolve(FINDINGS);
    }

    /** The pages of the last build into {@code out} that a build of {@code inputs} may reuse. */
    synchronized PageReuse reuseFor(String inputs, Path siteRoot, Path out) {
        if (last != null) {
            return last.next(inputs, out);
        }
        return onDisk ? PageReuse.load(file(siteRoot, out), inputs, out) : PageReuse.none(inputs, out);
    }

    /**
     * The files of the preview output this process committed last into {@code out}, if it did: a preview may then
     * write there in place. Taking them forgets them, and the page record with them, until {@link #built}: a build
     * that fails half-way leaves a mix of pages that no record describes, and the next one starts afresh.
     */
    synchronized java.util.Optional<java.util.Set<String>> takeServed(Path out) {
        java.util.Optional<java.util.Set<String>> files = out.toAbsolutePath().normalize().equals(servedOut)
                ? java.util.Optional.of(servedFiles) : java.util.Optional.empty();
        servedOut = null;
        servedFiles = null;
        if (files.isPresent()) {
            last = null;
        }
        return files;
    }

    /** Records the pages of a build whose output is now in place. */
    synchronized void built(PageReuse pages, Path siteRoot, Path out) {
        last = pages;
        if (onDisk) {
            pages.save(file(siteRoot, out));
        }
    }

    /** The review a preview made of {@code key} (HEAD, date, trust root) in this process; null when none. */
    synchronized java.util.Optional<ReviewPhase.Reviewed> previewReview(String key) {
        return key.equals(reviewKey) ? review : null;
    }

    synchronized void previewReviewed(String key, java.util.Optional<ReviewPhase.Reviewed> reviewed) {
        reviewKey = key;
        review = reviewed;
    }

    /** The blob ids of work-tree files this process read, for a preview's next look at the work tree. */
    io.sanshen.content.WorkTreeIds workTreeIds() {
        return workTreeIds;
    }

    /** Records the files of a preview output now committed into {@code out} (see {@link #takeServed}). */
    synchronized void served(Path out, java.util.Set<String> files) {
        servedOut = out.toAbsolutePath().normalize();
        servedFiles = files;
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
