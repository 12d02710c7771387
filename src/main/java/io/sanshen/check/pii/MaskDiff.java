package io.sanshen.check.pii;

/**
 * A line diff between a text and its masked form, for {@code sanshen check --fix mask} to show what it rewrote.
 * Masking never adds or removes line breaks, so lines pair up one to one.
 */
public final class MaskDiff {
    private MaskDiff() {}

    /** {@code @@ line N @@}, {@code -old}, {@code +new} for each changed line; empty when nothing changed. */
    public static String render(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if (a.length != b.length) {
            throw new IllegalArgumentException("masked text must keep its lines");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                out.append("@@ line ").append(i + 1).append(" @@\n");
                out.append('-').append(a[i]).append('\n');
                out.append('+').append(b[i]).append('\n');
            }
        }
        return out.toString();
    }
}
