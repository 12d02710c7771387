package io.sanshen.check.text;

/**
 * Decides whether a window of text is exactly one edit away from a phrase, and which edit: the restricted
 * Damerau-Levenshtein distance 1 test, done in one linear pass instead of a full distance table.
 */
final class EditClassifier {

    private EditClassifier() {
    }

    /** The single edit turning {@code p} into {@code text[s, s+len)}, or null when there is none or more. */
    static NearMiss.Kind classify(char[] text, int s, int len, char[] p) {
        int m = p.length;
        int i = 0;
        int shortest = Math.min(len, m);
        while (i < shortest && text[s + i] == p[i]) {
            i++;
        }
        if (len == m) {
            if (i == m) {
                return null;
            }
            if (i + 1 < m && text[s + i] == p[i + 1] && text[s + i + 1] == p[i]
                    && equal(text, s + i + 2, p, i + 2, m - i - 2)) {
                return NearMiss.Kind.TRANSPOSITION;
            }
            return equal(text, s + i + 1, p, i + 1, m - i - 1) ? NearMiss.Kind.SUBSTITUTION : null;
        }
        if (len == m - 1) {
            return equal(text, s + i, p, i + 1, m - i - 1) ? NearMiss.Kind.DELETION : null;
        }
        if (len == m + 1) {
            return equal(text, s + i + 1, p, i, m - i) ? NearMiss.Kind.INSERTION : null;
        }
        return null;
    }

    /** True when {@code text[s, s+len)} contains {@code p} as a whole (then it is the phrase plus a neighbour). */
    static boolean contains(char[] text, int s, int len, char[] p) {
        for (int from = s; from + p.length <= s + len; from++) {
            if (equal(text, from, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(char[] a, int aFrom, char[] b, int bFrom, int count) {
        for (int k = 0; k < count; k++) {
            if (a[aFrom + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
