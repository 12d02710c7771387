package io.sanshen.inspect;

import io.sanshen.diag.ChecksummedFile;
import io.sanshen.diag.ProgramBuild;
import io.sanshen.diag.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks' findings per Git tree, kept in {@code .sanshen-cache/inspect-health.tsv} so the monthly content
 * health is computed once per tree: a tree id names every byte checked, and the file is bound to the program that
 * wrote it ({@link ProgramBuild}: other rules, other findings). A {@link ChecksummedFile}: a damaged or foreign file
 * is ignored whole. Only the trees of the last run are kept.
 */
final class HealthCache {
    static final String FILE = ".sanshen-cache/inspect-health.tsv";
    /** Bumped when the line format or what a count means changes. */
    static final String KIND = "sanshen inspect-health 2 " + ProgramBuild.id() + "\n";

    /** Findings of one rule and severity on one file of one item ({@code item} empty: no item's). */
    record Count(String rule, Severity severity, String file, String item, int n) {
    }

    private final Path file;
    private final Map<String, List<Count>> read = new HashMap<>();
    private final Map<String, List<Count>> used = new TreeMap<>();

    HealthCache(Path siteRoot) {
        this.file = siteRoot.resolve(FILE);
        try {
            ChecksummedFile.read(file, KIND).ifPresent(bytes -> parse(new String(bytes, StandardCharsets.UTF_8).lines().toList()));
        } catch (RuntimeException e) {
            read.clear(); // a damaged cache costs one recomputation
        }
    }

    private void parse(List<String> lines) {
        for (String line : lines) {
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

    /** Writes the trees of this run (atomically; failing to is no error). */
    void save() {
        StringBuilder b = new StringBuilder();
        used.forEach((tree, counts) -> {
            // a tree line without counts records a clean tree
            b.append(tree).append('\n');
            for (Count c : counts) {
                b.append(tree).append('\t').append(c.rule()).append('\t').append(c.severity().name()).append('\t')
                        .append(c.file()).append('\t').append(c.item()).append('\t').append(c.n()).append('\n');
            }
        });
        ChecksummedFile.write(file, KIND, b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
