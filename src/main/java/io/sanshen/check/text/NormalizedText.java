package io.sanshen.check.text;

/**
 * Text after {@link TextNormalizer#normalize}: canonical chars with noise removed, plus for each of them the index
 * of the original char it came from, so that matches found here are reported at original offsets.
 */
public final class NormalizedText implements CharSequence {

    private final TextNormalizer normalizer;
    private final CharSequence original;
    private final char[] chars;
    private final int[] originalIndex;
    private final int length;

    NormalizedText(TextNormalizer normalizer, CharSequence original, char[] chars, int[] originalIndex, int length) {
        this.normalizer = normalizer;
        this.original = original;
        this.chars = chars;
        this.originalIndex = originalIndex;
        this.length = length;
    }

    /** The text this was normalized from. */
    public CharSequence original() {
        return original;
    }

    /** Throws unless this came from {@code expected}: matchers built their automata with one normalizer. */
    void requireNormalizer(TextNormalizer expected) {
        if (normalizer != expected) {
            throw new IllegalArgumentException("text normalized with a different normalizer");
        }
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    /** Index in the original text of the char at normalized position {@code index}. */
    public int originalIndex(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return originalIndex[index];
    }

    /** Original start offset of the normalized range [start, end). */
    public int originalStart(int start) {
        return originalIndex(start);
    }

    /** Original end offset (exclusive) of the normalized range [start, end); end must be greater than start. */
    public int originalEnd(int end) {
        int last = originalIndex(end - 1);
        return last + 1;
    }

    /** Backing array for the package's scanners; never handed out. */
    char[] buffer() {
        return chars;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
