package io.sanshen.desk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character-level diff (Myers' O(ND) algorithm, with the common prefix and suffix trimmed first): in Chinese a
 * word is one or two characters, so characters are the unit a reviewer reads changes in. A number or a Latin word is
 * one unit, though: 1,286 → 1,298 reads as one replaced figure, not as scattered digits. Adjacent operations of the
 * same kind are merged into runs.
 */
final class TextDiff {
    enum Op { SAME, INSERT, DELETE }

    record Run(Op op, String text) {
    }

    /** Beyond this many edits the texts are shown as one deletion and one insertion (a rewrite, not an edit). */
    private static final int MAX_EDITS = 2000;

    private TextDiff() {
    }

    static List<Run> of(String before, String after) {
        Units units = new Units();
        String a = units.encode(before);
        String b = units.encode(after);
        if (a == null || b == null) {
            return diff(before, after);
        }
        List<Run> runs = new ArrayList<>();
        for (Run run : diff(a, b)) {
            add(runs, run.op(), units.decode(run.text()));
        }
        return runs;
    }

    private static List<Run> diff(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        List<Run> runs = new ArrayList<>();
        add(runs, Op.SAME, before.substring(0, prefix));
        middle(before.substring(prefix, before.length() - suffix), after.substring(prefix, after.length() - suffix), runs);
        add(runs, Op.SAME, before.substring(before.length() - suffix));
        return runs;
    }

    private static void middle(String a, String b, List<Run> runs) {
        int n = a.length();
        int m = b.length();
        int offset = n + m + 1;
        int[] v = new int[2 * offset + 1];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= n + m; d++) {
            if (d > MAX_EDITS) {
                add(runs, Op.DELETE, a);
                add(runs, Op.INSERT, b);
                return;
            }
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2)); // frontier before step d: k in [-d-1, d+1]
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.charAt(x) == b.charAt(y)) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    backtrack(a, b, trace, d, runs);
                    return;
                }
            }
        }
    }

    /** Walks the saved frontiers back from (n, m) and emits the runs in order. */
    private static void backtrack(String a, String b, List<int[]> trace, int d, List<Run> runs) {
        List<Run> reversed = new ArrayList<>();
        int x = a.length();
        int y = b.length();
        for (int step = d; step > 0; step--) {
            int[] v = trace.get(step);
            int base = step + 1; // v[base + k] is the frontier's x on diagonal k
            int k = x - y;
            int prevK = k == -step || (k != step && v[base + k - 1] < v[base + k + 1]) ? k + 1 : k - 1;
            int prevX = v[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Run(Op.SAME, String.valueOf(a.charAt(--x))));
                y--;
            }
            reversed.add(x == prevX ? new Run(Op.INSERT, String.valueOf(b.charAt(--y)))
                    : new Run(Op.DELETE, String.valueOf(a.charAt(--x))));
        }
        while (x > 0 && y > 0) {
            reversed.add(new Run(Op.SAME, String.valueOf(a.charAt(--x))));
            y--;
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            add(runs, reversed.get(i).op(), reversed.get(i).text());
        }
    }

    private static void add(List<Run> runs, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(op, last.text() + text));
        } else {
            runs.add(new Run(op, text));
        }
    }

    /**
     * Maps each multi-character unit (a number such as 1,286 or 3.5, a Latin word, a character outside the BMP) to one
     * private-use character, so the character diff treats it as one symbol. Text that itself holds private-use
     * characters, or more distinct units than the private-use area has, is diffed character by character instead.
     */
    private static final class Units {
        private static final char FIRST = '\uE000';
        private static final char LAST = '\uF8FF';
        private final java.util.Map<String, Character> codes = new java.util.HashMap<>();
        private final List<String> units = new ArrayList<>();

        String encode(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c >= FIRST && c <= LAST) {
                    return null;
                }
                int end = unitEnd(text, i);
                if (end == i + 1) {
                    out.append(c);
                } else {
                    String unit = text.substring(i, end);
                    Character code = codes.get(unit);
                    if (code == null) {
                        if (FIRST + units.size() > LAST) {
                            return null;
                        }
                        code = (char) (FIRST + units.size());
                        codes.put(unit, code);
                        units.add(unit);
                    }
                    out.append(code.charValue());
                }
                i = end;
            }
            return out.toString();
        }

        String decode(String encoded) {
            StringBuilder out = new StringBuilder(encoded.length());
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                out.append(c >= FIRST && c <= LAST ? units.get(c - FIRST) : String.valueOf(c));
            }
            return out.toString();
        }

        /** The end of the unit starting at {@code i}: ASCII letters and digits, with , or . between two digits. */
        private static int unitEnd(String text, int i) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
                return i + 2;
            }
            int j = i;
            while (j < text.length()) {
                char c = text.charAt(j);
                boolean innerMark = (c == ',' || c == '.') && j > i && j + 1 < text.length()
                        && isDigit(text.charAt(j - 1)) && isDigit(text.charAt(j + 1));
                if (!(isAsciiAlnum(c) || innerMark)) {
                    break;
                }
                j++;
            }
            return Math.max(j, i + 1);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiAlnum(char c) {
            return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
