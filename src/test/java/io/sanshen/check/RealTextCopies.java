package io.sanshen.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the texts of the real government pages are. The repository keeps only what we wrote about them — each page's
 * address and title ({@code SOURCES}) and the marked errors ({@code labels.tsv}) — not the pages' text: the store they
 * were collected from forbids copying its material verbatim. The texts live in a local folder named by the
 * environment variable {@code SANSHEN_REALTEXT} (or the system property {@code sanshen.realtext}), with the
 * sub-folders {@code realtext/} and {@code realpages/}; the tests that need them are skipped without it.
 */
public final class RealTextCopies {
    private RealTextCopies() {
    }

    /** The folder of one set's texts ("realtext" or "realpages"), when a local copy is configured. */
    public static Optional<Path> of(String set) {
        String root = System.getProperty("sanshen.realtext", System.getenv("SANSHEN_REALTEXT"));
        if (root == null || root.isBlank()) {
            return Optional.empty();
        }
        Path dir = Path.of(root).resolve(set);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The message of a skipped test. */
    static String missing(String set) {
        return "the texts of the real pages (" + set + ") are not in the repository: set SANSHEN_REALTEXT to a local copy";
    }
}
