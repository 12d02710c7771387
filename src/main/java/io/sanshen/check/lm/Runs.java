package io.sanshen.check.lm;

import io.sanshen.diag.HanChars;
import java.util.Map;

/**
 * The run of Chinese text around a position that the model reads (up to {@code context} characters each side, never
 * past a mark, digit or letter), and the bounded verdict memos both finders keep by run: portals repeat their
 * phrases across thousands of items, and a verdict depends on the run alone.
 */
final class Runs {
    /** Verdicts kept per memo before it starts over. */
    static final int MEMO_SIZE = 50_000;

    private Runs() {
    }

    /** Where the run around {@code at} starts. */
    static int start(char[] chars, int at, int context) {
        int from = at;
        while (from > 0 && at - from < context && HanChars.isHan(chars[from - 1])) {
            from--;
        }
        return from;
    }

    /** Where the run around {@code at} ends (exclusive). */
    static int end(char[] chars, int at, int context) {
        int to = at + 1;
        while (to < chars.length && to - at <= context && HanChars.isHan(chars[to])) {
            to++;
        }
        return to;
    }

    /** The memo key of position {@code at} in the run {@code [from, to)}. */
    static String key(char[] chars, int from, int to, int at) {
        return new String(chars, from, to - from) + (char) (at - from);
    }

    /** Remembers a verdict, starting the memo over when it is full. */
    static <V> void remember(Map<String, V> verdicts, String key, V verdict) {
        if (verdicts.size() >= MEMO_SIZE) {
            verdicts.clear();
        }
        verdicts.put(key, verdict);
    }
}
