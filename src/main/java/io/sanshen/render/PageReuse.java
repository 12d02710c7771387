package io.sanshen.render;

import io.sanshen.diag.ChecksummedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Incremental rendering: every page the last build wrote is remembered with the digest of everything it was made
 * from ({@link PageKeys}) and the size and time of the file it left; a page whose digest is the same again is linked
 * from the last output instead of rendered, so its bytes are exactly those a full build writes. The whole record is
 * bound to the build's inputs ({@code inputs}: config, templates, program, mode, trust root) and to the output
 * folder; when either differs, or the record or a page file was changed since, the page is rendered anew.
 */
public final class PageReuse {
    private static final String KIND = "sanshen pages v3\n";
    private static final byte[] NO_HASH = new byte[0];
    private static final int HASH_BYTES = 32;
    /** The key of a file that is recorded (so the output can be checked whole) but never reused. */
    private static final byte[] NO_KEY = new byte[0];

    /**
     * A page of an output: the digest of its inputs, its file's size and modification time, and the SHA-256 of its
     * bytes when a publishing build's manifest hashed it (else empty), so a page linked again is not hashed again.
     */
    private record Entry(byte[] key, long size, long modified, byte[] sha256) {
        Entry withHash(byte[] hash) {
            return new Entry(key, size, modified, hash);
        }
    }

    private final String inputs;
    private final Path output;
    private final Map<String, Entry> last;
    private final Map<String, Entry> written = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    /** The whole last build ({@link #unchanged}) and this one ({@link #remember}). */
    private final WholeBuild lastBuild;
    private volatile WholeBuild build = WholeBuild.NONE;
    /** What items make of pages (search rows, cards), by {@link #part}'s key; in memory only (a server's builds). */
    private final Map<String, Object> lastParts;
    private final Map<String, Object> parts = new ConcurrentHashMap<>();

    /** What a build's caller kept of a whole build: the digest of all it read, and what it reported (opaque here). */
    private record WholeBuild(String key, byte[] state) {
        static final WholeBuild NONE = new WholeBuild("", new byte[0]);
    }

    private PageReuse(String inputs, Path output, Map<String, Entry> last, WholeBuild lastBuild,
            Map<String, Object> lastParts) {
        this.inputs = inputs;
        this.output = output.toAbsolutePath().normalize();
        this.last = last;
        this.lastBuild = lastBuild;
        this.lastParts = lastParts;
    }

    /** Nothing to reuse: every page is rendered (and remembered for the next build). */
    public static PageReuse none(String inputs, Path output) {
        return new PageReuse(inputs, output, Map.of(), WholeBuild.NONE, Map.of());
    }

    /** What this build wrote, offered to the next build of the same inputs into the same output. */
    public PageReuse next(String nextInputs, Path nextOutput) {
        boolean same = inputs.equals(nextInputs) && output.equals(nextOutput.toAbsolutePath().normalize());
        return same ? new PageReuse(nextInputs, nextOutput, Map.copyOf(written), build, Map.copyOf(parts))
                : none(nextInputs, nextOutput);
    }

    /**
     * What the caller kept with the last build, when it was made under {@code key} (the digest of everything that
     * build read) and the output holds exactly the files that build left, each as it was left (size and time): then
     * that output is the one a build now would write, and it can stay as it is. The record is bound to the output
     * folder and the build's inputs like every page.
     */
    public Optional<byte[]> unchanged(String key) {
        if (key.isEmpty() || !key.equals(lastBuild.key()) || !outputAsLeft()) {
            return Optional.empty();
        }
        written.putAll(last);
        build = lastBuild;
        return Optional.of(lastBuild.state().clone());
    }

    /** Keeps {@code state} with this build's record, for a next build made under the same {@code key}. */
    public void remember(String key, byte[] state) {
        build = new WholeBuild(key, state.clone());
    }

    /** Every file of the output is a recorded one as it was left, and every recorded one is there. */
    private boolean outputAsLeft() {
        if (last.isEmpty() || !OutputMarker.isOutput(output)) {
            return false;
        }
        Path marker = output.resolve(OutputMarker.FILE);
        int[] seen = {0};
        boolean[] same = {true};
        try {
            Files.walkFileTree(output, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    if (file.equals(marker)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    Entry e = last.get(output.relativize(file).toString().replace('\\', '/'));
                    same[0] = e != null && a.isRegularFile() && a.size() == e.size()
                            && a.lastModifiedTime().toMillis() == e.modified();
                    seen[0]++;
                    return same[0] ? java.nio.file.FileVisitResult.CONTINUE : java.nio.file.FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        return same[0] && seen[0] == last.size();
    }

    /**
     * The {@code kind} of part (a search index row, a card) that item {@code path} with blob id {@code blob} at
     * address {@code url} makes (what else it is made from, config and program, is in {@link #inputs}): made once
     * per build, and kept from the last build in this process when the item is the same; else made by
     * {@code make}, which must give an immutable value. A null {@code blob} (bytes unknown) always makes it.
     */
    <T> T part(String kind, String path, String blob, String url, Supplier<T> make) {
        if (blob == null) {
            return make.get();
        }
        String key = kind + '\0' + path + '\0' + blob + '\0' + url;
        @SuppressWarnings("unchecked")
        T made = (T) parts.computeIfAbsent(key, k -> {
            Object kept = lastParts.get(k);
            return kept != null ? kept : make.get();
        });
        return made;
    }

    /** The record {@link #save} left, if it is intact and made for these inputs and this output. */
    public static PageReuse load(Path file, String inputs, Path output) {
        PageReuse none = none(inputs, output);
        return ChecksummedFile.read(file, KIND).flatMap(bytes -> decode(bytes, none)).orElse(none);
    }

    /** Writes the record; nothing when every page was linked as the loaded record has it (the same bytes again). */
    public void save(Path file) {
        if (!last.isEmpty() && written.size() == last.size() && build == lastBuild
                && written.entrySet().stream().allMatch(e -> e.getValue() == last.get(e.getKey()))) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(inputs);
            out.writeUTF(output.toString());
            out.writeInt(written.size());
            for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(written).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeByte(e.getValue().key().length);
                out.write(e.getValue().key());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                out.writeByte(e.getValue().sha256().length);
                out.write(e.getValue().sha256());
            }
            WholeBuild b = build;
            out.writeUTF(b.key());
            out.writeInt(b.state().length);
            out.write(b.state());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // writing to memory
        }
        ChecksummedFile.write(file, KIND, bytes.toByteArray());
    }

    private static Optional<PageReuse> decode(byte[] bytes, PageReuse expected) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!in.readUTF().equals(expected.inputs) || !in.readUTF().equals(expected.output.toString())) {
                return Optional.empty();
            }
            int n = in.readInt();
            Map<String, Entry> pages = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                int keyBytes = in.readByte();
                if (keyBytes != 0 && keyBytes != PageKeys.BYTES) {
                    return Optional.empty();
                }
                byte[] key = in.readNBytes(keyBytes);
                long size = in.readLong();
                long modified = in.readLong();
                int hashBytes = in.readByte();
                if (hashBytes != 0 && hashBytes != HASH_BYTES) {
                    return Optional.empty();
                }
                pages.put(path, new Entry(key, size, modified, in.readNBytes(hashBytes)));
            }
            String buildKey = in.readUTF();
            int stateBytes = in.readInt();
            if (stateBytes < 0 || stateBytes > in.available()) {
                return Optional.empty();
            }
            WholeBuild whole = new WholeBuild(buildKey, in.readNBytes(stateBytes));
            return in.available() == 0
                    ? Optional.of(new PageReuse(expected.inputs, expected.output, pages, whole, Map.of()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the page at {@code sitePath}: linked from the last output when it was made from the same inputs
     * ({@code key}) and its file is as that build left it, else rendered by {@code render}.
     */
    void write(OutputTree out, String sitePath, byte[] key, Supplier<byte[]> render) {
        Entry before = last.get(sitePath);
        Path old = output.resolve(sitePath);
        if (before != null && key.length > 0 && Arrays.equals(before.key(), key) && unchanged(old, before)
                && out.linkFrom(sitePath, old)) {
            written.put(sitePath, before);
            reused.incrementAndGet();
            return;
        }
        Path staged = out.write(sitePath, render.get());
        stat(staged).ifPresent(a -> written.put(sitePath, new Entry(key, a.size(), a.lastModifiedTime().toMillis(),
                NO_HASH)));
    }

    /**
     * The SHA-256 (hex) of every page linked from the last output whose hash that build's manifest recorded: the
     * same bytes (the page's file is as that build left it), so the manifest need not read them again.
     */
    public Map<String, String> linkedHashes() {
        Map<String, String> out = new java.util.HashMap<>();
        written.forEach((path, e) -> {
            Entry before = last.get(path);
            if (e == before && e.sha256().length == HASH_BYTES) {
                out.put(path, HexFormat.of().formatHex(e.sha256()));
            }
        });
        return out;
    }

    /** Keeps the hashes a manifest computed ({@code hex} by site path) with the pages, for the next build. */
    public void hashed(Map<String, String> hex) {
        written.replaceAll((path, e) -> {
            String h = hex.get(path);
            return h == null || e.sha256().length == HASH_BYTES ? e : e.withHash(HexFormat.of().parseHex(h));
        });
    }

    /** Writes the page at {@code sitePath} through {@code reuse} when there is one and a {@code key}, else renders it. */
    static void write(PageReuse reuse, OutputTree out, String sitePath, byte[] key, Supplier<byte[]> render) {
        if (reuse == null) {
            out.write(sitePath, render.get());
        } else {
            reuse.write(out, sitePath, key == null ? NO_KEY : key, render);
        }
    }

    /** Records a file the caller wrote into the staged output itself (a manifest), so the output is known whole. */
    public void wrote(String sitePath, Path staged) {
        stat(staged).ifPresent(a -> written.put(sitePath, new Entry(NO_KEY, a.size(), a.lastModifiedTime().toMillis(),
                NO_HASH)));
    }

    /** Writes a page {@code template} makes from {@code model} alone (a list, the home page, a feed, a sitemap). */
    static void writeModel(PageReuse reuse, OutputTree out, String template, String sitePath, Map<String, ?> model,
                           Supplier<byte[]> render) {
        write(reuse, out, sitePath, reuse == null ? null : PageKeys.model(reuse.inputs, template, sitePath, model),
                render);
    }

    /** The digest of the build's inputs this record is bound to. */
    String inputs() {
        return inputs;
    }

    /** How many pages were linked from the last output rather than rendered. */
    public int reused() {
        return reused.get();
    }

    private static boolean unchanged(Path file, Entry e) {
        return stat(file).map(a -> a.isRegularFile() && a.size() == e.size()
                && a.lastModifiedTime().toMillis() == e.modified()).orElse(false);
    }

    private static Optional<BasicFileAttributes> stat(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
