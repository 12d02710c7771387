package io.sanshen.build;

import io.sanshen.content.ContentLoader;
import io.sanshen.content.ContentSource;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.CacheData;
import io.sanshen.diag.Digests;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The shortcut for a build that has nothing to do: the digest of everything a build reads besides what the page
 * record is bound to already (program, mode, trust root, config, templates: {@link BuildInputs#digest}) — the word
 * lists, the date, the review state (HEAD, for builds that review), the manifest key, and every file below
 * {@code content/} with its blob id. When it is the last build's and the output is exactly as that build left it,
 * the output stays and that build's report is given again: nothing is parsed, checked or rendered. Listing
 * {@code content/} with blob ids is the one pass over the files it costs; the build reuses that listing when it does
 * run ({@link #source}).
 */
final class UnchangedBuild {
    private final ContentSource source;
    private final List<SourceFile> files;
    private final List<Finding> listing;
    private final String key;

    private UnchangedBuild(ContentSource source, List<SourceFile> files, List<Finding> listing, String key) {
        this.source = source;
        this.files = files;
        this.listing = listing;
        this.key = key;
    }

    /** Lists {@code content/} of {@code source} with every file's blob id, and digests it with the other inputs. */
    static UnchangedBuild of(ContentSource source, String checkInputs, BuildOptions options, Optional<String> head)
            throws IOException {
        Findings sink = new Findings();
        List<SourceFile> files;
        try {
            // work-tree files are read and hashed here, on every core; a Git tree knows its blob ids
            files = source.list(ContentLoader.ROOT, sink).parallelStream()
                    .map(f -> new SourceFile(f.path(), f.size(), f.reader(), f.blobId())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MessageDigest d = Digests.sha256();
        Digests.text(d, checkInputs);
        Digests.text(d, "today " + options.today() + " preview " + options.preview());
        Digests.text(d, "head " + head.orElse("-"));
        Optional<Path> manifestKey = options.manifestKey();
        Digests.text(d, "manifest key " + manifestKey.map(Path::toString).orElse("-"));
        if (manifestKey.isPresent() && Files.isRegularFile(manifestKey.get())) {
            d.update(Files.readAllBytes(manifestKey.get()));
        }
        List<Finding> found = sink.sorted();
        Digests.text(d, "listing " + found.size());
        for (SourceFile f : files) {
            Digests.text(d, f.path());
            Digests.text(d, f.blob());
        }
        // a listing finding (a symbolic link) fails the build: never skipped
        String key = found.isEmpty() ? HexFormat.of().formatHex(d.digest()) : "";
        return new UnchangedBuild(source, files, found, key);
    }

    /** The digest of everything this build read beyond the page record's inputs; empty when it must run. */
    String key() {
        return key;
    }

    /** The content source the build reads when it runs: the listing made here, not a second walk. */
    ContentSource source() {
        return new ContentSource() {
            @Override
            public List<SourceFile> list(String folder, Findings sink) throws IOException {
                if (!folder.equals(ContentLoader.ROOT)) {
                    return source.list(folder, sink);
                }
                sink.addAll(listing);
                return files;
            }

            @Override
            public String describe() {
                return source.describe();
            }
        };
    }

    /** What a build found and left out, and what it wrote: given again by a build with nothing to do. */
    record Outcome(int items, int pages, int files, List<Exclusion> excluded, List<Finding> findings) {
    }

    static byte[] encode(Outcome o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(o.items());
            out.writeInt(o.pages());
            out.writeInt(o.files());
            out.writeInt(o.excluded().size());
            for (Exclusion e : o.excluded()) {
                CacheData.writeString(out, e.path());
                CacheData.writeString(out, e.reason().zh());
                CacheData.writeString(out, e.reason().en());
            }
            out.writeInt(o.findings().size());
            for (Finding f : o.findings()) {
                CacheData.writeFinding(out, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return bytes.toByteArray();
    }

    /** The outcome {@link #encode} wrote; empty when the bytes are not one (then the build runs). */
    static Optional<Outcome> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int items = in.readInt();
            int pages = in.readInt();
            int files = in.readInt();
            List<Exclusion> excluded = new ArrayList<>();
            for (int i = CacheData.readCount(in, 12); i > 0; i--) {
                excluded.add(new Exclusion(CacheData.readString(in),
                        Text.of(CacheData.readString(in), CacheData.readString(in))));
            }
            List<Finding> findings = new ArrayList<>();
            for (int i = CacheData.readCount(in, 1); i > 0; i--) {
                findings.add(CacheData.readFinding(in));
            }
            return in.available() == 0 ? Optional.of(new Outcome(items, pages, files, excluded, findings))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
