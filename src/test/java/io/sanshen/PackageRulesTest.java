package io.sanshen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline stays one-way: each {@code package-info.java} states its rule ("Allowed imports: diag, yaml." —
 * package names below {@code io.sanshen}, or {@code none}, or {@code all}), and every reference to another Sanshen
 * package in its classes, imported or written out in full, must be on that list.
 */
class PackageRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/sanshen");
    private static final Pattern RULE = Pattern.compile(
            "Allowed imports:\\s*([a-z]+(?:\\.[a-z]+)*(?:\\s*,\\s*[a-z]+(?:\\.[a-z]+)*)*)");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.sanshen\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    @Test
    void everyPackageStatesItsRuleAndKeepsIt() throws IOException {
        TreeMap<String, Set<String>> rules = rules();
        List<String> packages;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            packages = walk.filter(p -> p.toString().endsWith(".java")).map(p -> packageOf(p.getParent()))
                    .distinct().sorted().toList();
        }
        assertThat(rules.keySet()).as("packages with a rule in package-info.java").containsExactlyElementsOf(packages);
        List<String> offences = new ArrayList<>();
        for (String pkg : packages) {
            Set<String> allowed = rules.get(pkg);
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg.replace('.', '/')))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    offences.addAll(offences(file, pkg, allowed));
                }
            }
        }
        assertThat(offences).as("references against the rules in package-info.java").isEmpty();
    }

    @Test
    void theScanFindsImportsAndFullyQualifiedNamesButNotComments() throws IOException {
        Path file = Files.createTempFile("Sample", ".java");
        Files.writeString(file, """
                package io.sanshen.render;
                import io.sanshen.review.ReviewReport;
                /** See {@link io.sanshen.check.CheckEngine}. */
                class Sample {
                    // io.sanshen.build.SiteBuild is mentioned only here
                    Object x = new io.sanshen.build.BuildOptions(null, null, false, false, null, false);
                }
                """);
        assertThat(offences(file, "render", Set.of("diag", "content"))).containsExactly(
                file + ":2: render may not use io.sanshen.review (allowed: content, diag)",
                file + ":6: render may not use io.sanshen.build (allowed: content, diag)");
        Files.delete(file);
    }

    private static List<String> offences(Path file, String pkg, Set<String> allowed) throws IOException {
        if (allowed.contains("all")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(line.replaceAll("//.*$", ""));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    out.add(file + ":" + (i + 1) + ": " + pkg + " may not use io.sanshen." + used + " (allowed: "
                            + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return out;
    }

    /** Package (below io.sanshen) → the packages its package-info.java allows. */
    private static TreeMap<String, Set<String>> rules() throws IOException {
        TreeMap<String, Set<String>> rules = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path info : walk.filter(p -> p.getFileName().toString().equals("package-info.java")).toList()) {
                String javadoc = Files.readAllLines(info).stream().map(l -> l.replaceFirst("^\\s*\\*", "").strip())
                        .collect(Collectors.joining(" "));
                Matcher m = RULE.matcher(javadoc);
                assertThat(m.find()).as(info + " states no 'Allowed imports:' rule").isTrue();
                String list = m.group(1).strip();
                rules.put(packageOf(info.getParent()), list.equals("none") ? Set.of()
                        : Set.of(list.split("\\s*,\\s*")));
            }
        }
        return rules;
    }

    private static String packageOf(Path dir) {
        return SOURCES.relativize(dir).toString().replace('\\', '/').replace('/', '.');
    }
}
