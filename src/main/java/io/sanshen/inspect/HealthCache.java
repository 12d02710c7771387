package io.sanshen.inspect;

import io.sanshen.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks' findings per Git tree, kept in {@code .sanshen-cache/inspect-health.tsv} so the monthly content
 * health is computed once per tree: a tree id names every byte checked. The last line is the SHA-256 of the lines
 * before it; a file that does not match is ignored whole (the checksum guards against damage, not forgery: only the
 * inspection writes the cache). Only the trees of the last run are kept.
 */
final class HealthCache {
    static final String FILE = ".sanshen-cache/inspect-health.tsv";
    /** Bumped when the line format or what a count means changes. */
    private static final String HEADER = "# sanshen inspect-health 1";

    /** Findings of one rule and severity on one file of one item ({@code item} empty: no item's). */
    record Count(String rule, Severity severity, String file, String item, int n) {
    }

    private final Path file;
    private final Map<String, List<Count>> read = new HashMap<>();
    private final Map<String, List<Count>> used = new TreeMap<>();

    HealthCache(Path siteRoot) {
        this.file = siteRoot.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            read.clear(); // a damaged cache costs one recomputation
        }
    }

    private void parse(List<String> lines) {
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            return;
        }
        List<String> body = lines.subList(0, lines.size() - 1);
        if (!lines.get(lines.size() - 1).equals("sha256\t" + sha256(String.join("\n", body) + "\n"))) {
            return;
        }
        for (String line : body.subList(1, body.size())) {
            String[] f = line.split("\t", -1);
            List<Count> counts = read.computeIfAbsent(f[0], k -> new ArrayList<>());
            if (f.length == 6) {
                counts.add(new Count(f[1], Severity.valueOf(f[2]), f[3], f[4], Integer.parseInt(f[5])));
            }
        }
    }

    /** The counts of {@code tree} from the last run, if it checked that tree. */
    List<Count> get(String tree) {
        return read.get(tree);
    }

    void put(String tree, List<Count> counts) {
        used.put(tree, List.copyOf(counts));
    }

    /** Writes the trees of this run (atomically). */
    void save() throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        used.forEach((tree, counts) -> {
            // a tree line without counts records a clean tree
            b.append(tree).append('\n');
            for (Count c : counts) {
                b.append(tree).append('\t').append(c.rule()).append('\t').append(c.severity().name()).append('\t')
                        .append(c.file()).append('\t').append(c.item()).append('\t').append(c.n()).append('\n');
            }
        });
        b.append("sha256\t").append(sha256(b.toString())).append('\n');
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "inspect-health", ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
