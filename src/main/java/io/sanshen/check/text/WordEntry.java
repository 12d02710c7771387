package io.sanshen.check.text;

import java.util.Objects;

/**
 * One dictionary entry: a wrong, banned or sensitive {@code term}, the {@code replacement} to suggest (null when
 * the term must simply go), the list it belongs to ({@code "typos"}, {@code "banned"}, {@code "sensitive"},
 * {@code "nonstandard"}, {@code "allow"}, …: the file name without {@code .txt}) and where it was defined.
 */
public record WordEntry(String term, String replacement, String listId, String source, int line) {

    /** List id of allowlist entries ({@code allow.txt}, or any entry written as {@code !phrase}). */
    public static final String ALLOW = "allow";

    public WordEntry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(source, "source");
    }

    /** Convenience for entries built in code rather than loaded from a file. */
    public static WordEntry of(String listId, String term, String replacement) {
        return new WordEntry(term, replacement, listId, "<code>", 0);
    }

    public boolean isAllow() {
        return ALLOW.equals(listId);
    }
}
