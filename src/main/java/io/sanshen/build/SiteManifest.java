package io.sanshen.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The list of every file a publishing build wrote, with its SHA-256, and where the build came from (HEAD commit,
 * trust root, time). It is what {@code deploy} uploads and what {@code guard} compares a live site against; its
 * signature ({@value #SIGNATURE}, SSHSIG for namespace {@value #NAMESPACE}) is made with the deploy key.
 *
 * <p>The format is plain text so that the signed bytes are exactly what one reads; the file lines are those of
 * {@code sha256sum} ({@code <hex>  <path>}), so {@code tail -n +6 .sanshen-manifest | sha256sum -c} checks a copy
 * by hand. Parsing is strict: anything unexpected is refused, never guessed.
 */
public record SiteManifest(String buildId, String commit, String trustRoot, Instant time, SortedMap<String, String> files) {
    public static final String FILE = ".sanshen-manifest";
    public static final String SIGNATURE = ".sanshen-manifest.sig";
    public static final String NAMESPACE = "sanshen-manifest";
    private static final String HEADER = "sanshen-manifest: 1";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
    private static final Pattern BAD_PATH = Pattern.compile("(^|/)\\.{1,2}(/|$)|^/|//|\\\\|[\\x00-\\x1f\\x7f]|/$");
    private static final Pattern BUILD_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{12}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public SiteManifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Hashes every file below {@code dir} except the manifest and its signature; a link or odd name is refused. */
    public static SiteManifest of(Path dir, String commit, String trustRoot, Instant time) throws IOException {
        return of(dir, commit, trustRoot, time, Map.of());
    }

    /**
     * As {@link #of(Path, String, String, Instant)}, taking the SHA-256 of a file from {@code known} (hex by path)
     * instead of reading it: the pages an incremental build linked from the last output, which that build's
     * manifest hashed (at 100,000 items, over a gigabyte not read and hashed again).
     */
    public static SiteManifest of(Path dir, String commit, String trustRoot, Instant time, Map<String, String> known)
            throws IOException {
        TreeMap<String, Path> paths = new TreeMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                if (!attrs.isRegularFile() || !safePath(rel)) {
                    throw new IOException("not a plain file with a plain name: " + rel);
                }
                if (!rel.equals(FILE) && !rel.equals(SIGNATURE)) {
                    paths.put(rel, file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // hashed on every core: a portal of 100,000 items is over a gigabyte of output
        TreeMap<String, String> files = new TreeMap<>();
        try {
            paths.entrySet().parallelStream().map(e -> Map.entry(e.getKey(),
                            known.containsKey(e.getKey()) ? known.get(e.getKey()) : hashOf(e.getValue())))
                    .forEachOrdered(e -> files.put(e.getKey(), e.getValue()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Instant t = time.truncatedTo(ChronoUnit.SECONDS);
        String digest = hex(digest(String.join("\n", files.entrySet().stream().map(e -> e.getValue() + "  " + e.getKey())
                .toList()).getBytes(StandardCharsets.UTF_8)));
        return new SiteManifest(ID_TIME.format(t) + "-" + digest.substring(0, 12), commit.isEmpty() ? "-" : commit,
                trustRoot.isEmpty() ? "-" : trustRoot, t, files);
    }

    /** The signed bytes. */
    public byte[] bytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n')
                .append("build: ").append(buildId).append('\n')
                .append("commit: ").append(commit).append('\n')
                .append("trust-root: ").append(trustRoot).append('\n')
                .append("time: ").append(DateTimeFormatter.ISO_INSTANT.format(time)).append('\n');
        files.forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of {@link #bytes()}: what the ledger records for a deployment. */
    public String sha256() {
        return hex(digest(bytes()));
    }

    /** Reads manifest bytes; throws {@link IllegalArgumentException} naming the line that is not as written. */
    public static SiteManifest parse(byte[] bytes) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.size() < 5 || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("line 1: not a Sanshen manifest");
        }
        String build = field(lines, 1, "build");
        if (!BUILD_ID.matcher(build).matches()) {
            throw new IllegalArgumentException("line 2: bad build id " + build);
        }
        Instant time;
        try {
            time = Instant.parse(field(lines, 4, "time"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("line 5: bad time");
        }
        TreeMap<String, String> files = new TreeMap<>();
        for (int i = 5; i < lines.size(); i++) {
            java.util.regex.Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches() || !safePath(m.group(2)) || files.put(m.group(2), m.group(1)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": not '<sha256>  <path>' with a plain, new path");
            }
        }
        SiteManifest parsed = new SiteManifest(build, field(lines, 2, "commit"), field(lines, 3, "trust-root"), time, files);
        if (!java.util.Arrays.equals(parsed.bytes(), bytes)) {
            throw new IllegalArgumentException("not in canonical form (order, spacing or line ends)");
        }
        return parsed;
    }

    /** True for a relative path without {@code .}/{@code ..} segments, backslashes or control characters. */
    public static boolean safePath(String path) {
        return !path.isEmpty() && !BAD_PATH.matcher(path).find();
    }

    private static String hashOf(Path file) {
        try {
            return sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(Path file) throws IOException {
        return sha256(Files.newInputStream(file));
    }

    /** SHA-256 (hex) of everything {@code stream} holds; closes it. */
    public static String sha256(InputStream stream) throws IOException {
        MessageDigest md = newSha256();
        try (InputStream in = new DigestInputStream(stream, md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return hex(md.digest());
    }

    public static String sha256(byte[] bytes) {
        return hex(digest(bytes));
    }

    private static String field(List<String> lines, int index, String name) {
        String line = lines.get(index);
        if (!line.startsWith(name + ": ")) {
            throw new IllegalArgumentException("line " + (index + 1) + ": expected '" + name + ": '");
        }
        return line.substring(name.length() + 2);
    }

    private static byte[] digest(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    /** A fresh SHA-256 digest, for callers that hash while they stream. */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
