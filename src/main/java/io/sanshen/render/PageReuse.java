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
    private static final String KIND = "sanshen pages v1\n";

    /** A page of an output: the digest of its inputs, and its file's size and modification time. */
    private record Entry(byte[] key, long size, long modified) {
    }

    private final String inputs;
    private final Path output;
    private final Map<String, Entry> last;
    private final Map<String, Entry> written = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    /** What items make of pages (search rows, cards), by {@link #part}'s key; in memory only (a server's builds). */
    private final Map<String, Object> lastParts;
    private final Map<String, Object> parts = new ConcurrentHashMap<>();

    private PageReuse(String inputs, Path output, Map<String, Entry> last, Map<String, Object> lastParts) {
        this.inputs = inputs;
        this.output = output.toAbsolutePath().normalize();
        this.last = last;
        this.lastParts = lastParts;
    }

    private PageReuse(String inputs, Path output, Map<String, Entry> last) {
        this(inputs, output, last, Map.of());
    }

    /** Nothing to reuse: every page is rendered (and remembered for the next build). */
    public static PageReuse none(String inputs, Path output) {
        return new PageReuse(inputs, output, Map.of());
    }

    /** What this build wrote, offered to the next build of the same inputs into the same output. */
    public PageReuse next(String nextInputs, Path nextOutput) {
        boolean same = inputs.equals(nextInputs) && output.equals(nextOutput.toAbsolutePath().normalize());
        return new PageReuse(nextInputs, nextOutput, same ? Map.copyOf(written) : Map.of(),
                same ? Map.copyOf(parts) : Map.of());
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

    public void save(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(inputs);
            out.writeUTF(output.toString());
            out.writeInt(written.size());
            for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(written).entrySet()) {
                out.writeUTF(e.getKey());
                out.write(e.getValue().key());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
            }
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
                pages.put(path, new Entry(in.readNBytes(PageKeys.BYTES), in.readLong(), in.readLong()));
            }
            return in.available() == 0 ? Optional.of(new PageReuse(expected.inputs, expected.output, pages))
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
        if (before != null && Arrays.equals(before.key(), key) && unchanged(old, before)
                && out.linkFrom(sitePath, old)) {
            written.put(sitePath, before);
            reused.incrementAndGet();
            return;
        }
        Path staged = out.write(sitePath, render.get());
        stat(staged).ifPresent(a -> written.put(sitePath, new Entry(key, a.size(), a.lastModifiedTime().toMillis())));
    }

    /** Writes the page at {@code sitePath} through {@code reuse} when there is one and a {@code key}, else renders it. */
    static void write(PageReuse reuse, OutputTree out, String sitePath, byte[] key, Supplier<byte[]> render) {
        if (reuse == null || key == null) {
            out.write(sitePath, render.get());
        } else {
            reuse.write(out, sitePath, key, render);
        }
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
