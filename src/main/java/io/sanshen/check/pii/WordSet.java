package io.sanshen.check.pii;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A small fixed set of words matched at a position, indexed by first character and tried longest first, so that a
 * scan over a window costs one array lookup per character that starts no word.
 */
final class WordSet {
    private final String[][] byFirst = new String[65536][];
    private final int maxLength;

    WordSet(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        int max = 0;
        for (String w : sorted) {
            char c = w.charAt(0);
            String[] old = byFirst[c];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w;
            byFirst[c] = grown;
            max = Math.max(max, w.length());
        }
        maxLength = max;
    }

    boolean startsAny(char c) {
        return byFirst[c] != null;
    }

    int maxLength() {
        return maxLength;
    }

    /**
     * Length of the longest word at {@code pos} that ends by {@code limit}, or 0. A word of digits (the 12345
     * hotline) matches only where no digit is glued to it: 13812345670 holds no hotline.
     */
    int matchAt(CharSequence text, int pos, int limit) {
        if (pos >= limit) {
            return 0;
        }
        String[] cands = byFirst[text.charAt(pos)];
        if (cands == null) {
            return 0;
        }
        for (String w : cands) {
            int end = pos + w.length();
            if (end <= limit && regionEquals(text, pos, w) && !gluedToDigits(text, pos, end, w)) {
                return w.length();
            }
        }
        return 0;
    }

    private static boolean gluedToDigits(CharSequence text, int start, int end, String w) {
        return Digits.isDigit(w.charAt(0)) && start > 0 && Digits.isDigit(text.charAt(start - 1))
                || Digits.isDigit(w.charAt(w.length() - 1)) && end < text.length() && Digits.isDigit(text.charAt(end));
    }

    /** Whether any word lies entirely within {@code [from, to)}. */
    boolean anyWithin(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (byFirst[text.charAt(i)] != null && matchAt(text, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words is a suffix of {@code text} ending at {@code end} (exclusive) and after {@code from}. */
    boolean endsWithAny(CharSequence text, int from, int end) {
        for (int len = 1; len <= maxLength && end - len >= from; len++) {
            int s = end - len;
            if (byFirst[text.charAt(s)] != null && matchExactly(text, s, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchExactly(CharSequence text, int from, int to) {
        for (String w : byFirst[text.charAt(from)]) {
            if (w.length() == to - from && regionEquals(text, from, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEquals(CharSequence text, int pos, String w) {
        for (int k = 1; k < w.length(); k++) {
            if (text.charAt(pos + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
