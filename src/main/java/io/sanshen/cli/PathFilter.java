package io.sanshen.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The paths given on a command line, as repository prefixes: {@code content/news} selects every item under that
 * folder, a file selects itself. No paths select everything.
 */
record PathFilter(List<String> prefixes) {
    static PathFilter of(Path siteRoot, List<Path> paths) {
        return new PathFilter(paths.stream().map(p -> {
            Path abs = p.isAbsolute() ? p.normalize() : Path.of("").toAbsolutePath().resolve(p).normalize();
            Path rel = abs.startsWith(siteRoot) ? siteRoot.relativize(abs) : p.normalize();
            return rel.toString().replace('\\', '/');
        }).toList());
    }

    boolean accepts(String repoPath) {
        return prefixes.isEmpty() || prefixes.stream().anyMatch(p -> p.isEmpty() || repoPath.equals(p)
                || repoPath.startsWith(p.endsWith("/") ? p : p + "/"));
    }
}
