package io.sanshen.check.text;

/**
 * A mistake in a rule file, with its place ({@code source:line:col}, 1-based; line 0 for a whole-file problem), a
 * stable {@code key} for tools, and the message in Simplified Chinese and English.
 */
public record LoadProblem(String source, int line, int column, String key, String messageZh, String messageEn) {

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + messageZh + " (" + messageEn + ")";
    }
}
