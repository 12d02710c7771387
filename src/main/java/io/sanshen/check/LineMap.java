package io.sanshen.check;

import java.util.Arrays;

/** Maps character offsets in a text to 1-based line and column, built once per text. */
public final class LineMap {
    private final String text;
    private final int[] lineStarts;

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 0-based line index of {@code offset}. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return i >= 0 ? i : -i - 2;
    }

    /** 1-based column of {@code offset} within its line, counted in characters. */
    public int column(int offset) {
        return offset - lineStarts[lineIndex(offset)] + 1;
    }

    /** The text of 0-based line {@code index}, without its line break. */
    public String line(int index) {
        int start = lineStarts[index];
        int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
        return text.substring(start, Math.max(start, end)).replace("\r", "");
    }
}
