package io.sanshen.check.text;

import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over normalized chars, stored as a double-array trie: the child of state {@code s} for
 * char code {@code c} is {@code t = base[s] + c} when {@code check[t] == s}. Chars are first mapped to dense codes
 * (0 = not in any pattern, which sends the scan back to the root), so the hot loop does a few int-array reads per
 * char, no boxing and no hashing. Built once; immutable and safe to share between threads.
 */
final class AhoCorasick {

    /** Receives every pattern occurrence, overlapping ones included, in order of end position. */
    interface Sink {
        void match(int patternId, int end);
    }

    private static final int FREE = -1;

    private final char[] codeOf;
    private final int[] base;
    private final int[] check;
    private final int[] fail;
    private final int[] output;
    private final int[] firstOutput;
    private final int[] nextOutput;
    private final int[] patternLength;

    private AhoCorasick(DoubleArrayBuilder b, int[] patternLength) {
        this.codeOf = b.codeOf;
        int size = b.size();
        this.base = Arrays.copyOf(b.base, size);
        this.check = Arrays.copyOf(b.check, size);
        this.output = Arrays.copyOf(b.output, size);
        this.patternLength = patternLength;
        this.fail = new int[size];
        this.firstOutput = new int[size];
        this.nextOutput = new int[size];
        linkFailures(b);
    }

    /** Builds the automaton; pattern ids are indices into {@code patterns}, which must be distinct and non-empty. */
    static AhoCorasick build(List<String> patterns) {
        DoubleArrayBuilder builder = new DoubleArrayBuilder(patterns);
        int[] lengths = patterns.stream().mapToInt(String::length).toArray();
        return new AhoCorasick(builder, lengths);
    }

    int patternLength(int patternId) {
        return patternLength[patternId];
    }

    /** Reports all occurrences in {@code chars[0, length)}; {@code end} is exclusive. */
    void scan(char[] chars, int length, Sink sink) {
        final char[] codeOf = this.codeOf;
        final int[] base = this.base;
        final int[] check = this.check;
        final int[] fail = this.fail;
        final int[] firstOutput = this.firstOutput;
        int s = 0;
        for (int i = 0; i < length; i++) {
            int code = codeOf[chars[i]];
            if (code == 0) {
                s = 0;
                continue;
            }
            int t = base[s] + code;
            while (check[t] != s) {
                if (s == 0) {
                    t = 0;
                    break;
                }
                s = fail[s];
                t = base[s] + code;
            }
            s = t;
            for (int o = firstOutput[s]; o >= 0; o = nextOutput[o]) {
                sink.match(output[o], i + 1);
            }
        }
    }

    /** Breadth-first over the trie: a state's failure is the longest proper suffix that is also a trie state. */
    private void linkFailures(DoubleArrayBuilder b) {
        Arrays.fill(firstOutput, FREE);
        Arrays.fill(nextOutput, FREE);
        int[] order = b.bfsOrder;
        for (int k = 0; k < b.stateCount; k++) {
            int s = order[k];
            for (int j = b.childStart[s]; j < b.childStart[s] + b.childCount[s]; j++) {
                int child = b.children[j];
                int code = child - base[s];
                int f = 0;
                if (s != 0) {
                    f = fail[s];
                    while (true) {
                        int t = base[f] + code;
                        if (t < check.length && check[t] == f) {
                            f = t;
                            break;
                        }
                        if (f == 0) {
                            break;
                        }
                        f = fail[f];
                    }
                }
                fail[child] = f;
                int inherited = firstOutput[f];
                if (output[child] >= 0) {
                    firstOutput[child] = child;
                    nextOutput[child] = inherited;
                } else {
                    firstOutput[child] = inherited;
                }
            }
        }
    }
}
