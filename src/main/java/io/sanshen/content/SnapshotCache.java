package io.sanshen.content;

import io.sanshen.config.Vocabularies;
import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What reading an item's file gave (its front matter, body and findings), keyed by path and blob id, so a file whose
 * bytes did not change is not decoded and parsed again by the next snapshot of the same run (the preview server
 * keeps one cache for its life; a command-line run loads the last run's from disk, {@link SnapshotFile}). It holds
 * the entries of the last snapshot only, so it never grows past one site, and it is dropped whole when the
 * vocabularies the front matter is checked against change. One per run or server,
 * never shared through a static field.
 */
public final class SnapshotCache {
    /** The outcome of reading one item file; {@code parts} and {@code meta} are null where reading stopped. */
    record Parsed(List<Finding> findings, FrontMatterSplitter parts, FrontMatter meta) {
        Parsed {
            findings = List.copyOf(findings);
        }
    }

    private Map<String, Parsed> previous = new ConcurrentHashMap<>();
    private Map<String, Parsed> current = new ConcurrentHashMap<>();
    private Vocabularies vocabularies;
    private final AtomicInteger parses = new AtomicInteger();
    /** What {@link #save} left for the same inputs (a command-line run's cache); read, never changed. */
    private Map<String, SnapshotFile.Entry> stored = Map.of();

    /** A cache to keep for many snapshots (the preview server's). */
    public SnapshotCache() {
    }

    /**
     * A cache holding what {@link #save} left in {@code file} when it was made for the same {@code inputs} (the
     * program and the config, which the front matter reader reads); else an empty one.
     */
    public static SnapshotCache load(Path file, String inputs) {
        SnapshotCache cache = new SnapshotCache();
        cache.stored = SnapshotFile.read(file, inputs);
        return cache;
    }

    /**
     * Writes what the last snapshot read, for a next process reading with the same {@code inputs}; nothing when that
     * is exactly what {@link #load} read (no file parsed, none added or gone): the file would be written byte for byte
     * again, which at 100,000 items costs seconds.
     */
    public synchronized void save(Path file, String inputs) {
        if (parses.get() == 0 && !stored.isEmpty() && current.keySet().equals(stored.keySet())) {
            return;
        }
        Map<String, SnapshotFile.Entry> entries = new HashMap<>();
        current.forEach((k, p) -> entries.put(k, new SnapshotFile.Entry(p.findings(), p.meta())));
        SnapshotFile.write(file, inputs, entries);
    }

    /** A cache for one snapshot (nothing is kept between runs). */
    public static SnapshotCache once() {
        return new SnapshotCache();
    }

    /** Starts a snapshot read against {@code vocabularies}; entries of the one before stay available to it. */
    synchronized void begin(Vocabularies vocabularies) {
        if (!Objects.equals(vocabularies, this.vocabularies)) {
            previous = new ConcurrentHashMap<>();
            current = new ConcurrentHashMap<>();
            this.vocabularies = vocabularies;
        }
        previous.putAll(current);
        current = new ConcurrentHashMap<>();
    }

    /** Ends a snapshot read: only what it used is kept for the next. */
    synchronized void end() {
        previous = new ConcurrentHashMap<>();
    }

    /**
     * What reading the file at {@code path} with blob id {@code blob} gives: kept from the last snapshot, or from
     * the file {@link #load} read (the front matter kept, the body cut again by {@code split}), or read by
     * {@code parse}.
     */
    Parsed parsed(String path, String blob, Supplier<Parsed> parse, Supplier<FrontMatterSplitter> split) {
        String key = path + '\0' + blob;
        return current.computeIfAbsent(key, k -> {
            Parsed before = previous.get(k);
            if (before != null) {
                return before;
            }
            SnapshotFile.Entry kept = stored.get(k);
            FrontMatterSplitter parts = kept == null || kept.meta() == null ? null : split.get();
            if (kept != null && (kept.meta() == null || parts != null)) {
                return new Parsed(kept.findings(), parts, kept.meta());
            }
            parses.incrementAndGet();
            return parse.get();
        });
    }

    /** How many item files were actually parsed through this cache (the rest were reused). */
    public int parses() {
        return parses.get();
    }
}
