package io.sanshen.check.lm;

import java.util.Arrays;

/**
 * Scores a short run of Chinese text by its most likely segmentation into HanLP dictionary words under an
 * interpolated word bigram model: P(w | v) = λ·c(v, w) / c(v) + (1 − λ)·(c(w) + ½) / N. The cost is −ln P summed
 * over the words; a character that starts no dictionary word is a word of its own with count 0. The first word of
 * the run is scored by its unigram alone, so two runs of equal length that differ in one character compare fairly.
 * Not thread-safe: it keeps its work arrays; one per scan.
 */
final class WordModel {
    /** Longest dictionary word tried: the runs scored are short, and words of 5+ characters hold no confusable. */
    static final int LONGEST_WORD = 4;
    /** Longest run scored. */
    static final int LONGEST_RUN = 9;
    private static final double LAMBDA = 0.9;
    private static final double TOTAL = 25_146_057d;

    /** The best segmentation of a run: its cost and the word that covers the position asked about. */
    record Scored(double cost, int wordStart, int wordEnd) {}

    // vertex (s, len): the word text[from + s, from + s + len)
    private final double[][] best = new double[LONGEST_RUN + 1][LONGEST_WORD + 1];
    private final int[][] ids = new int[LONGEST_RUN + 1][LONGEST_WORD + 1];
    private final int[][] back = new int[LONGEST_RUN + 1][LONGEST_WORD + 1];

    Scored score(char[] text, int from, int to, int at) {
        int n = to - from;
        if (n > LONGEST_RUN) {
            throw new IllegalArgumentException("run longer than " + LONGEST_RUN);
        }
        for (int s = 0; s < n; s++) {
            Arrays.fill(best[s], Double.POSITIVE_INFINITY);
            for (int len = 1; len <= LONGEST_WORD && s + len <= n; len++) {
                int id = HanlpData.wordId(text, from + s, from + s + len);
                if (id < 0 && len > 1) {
                    continue;
                }
                ids[s][len] = id;
                best[s][len] = s == 0 ? unigramCost(id) : bestBefore(s, len, id);
            }
        }
        double cost = Double.POSITIVE_INFINITY;
        int lastLen = 0;
        for (int len = 1; len <= Math.min(LONGEST_WORD, n); len++) {
            if (best[n - len][len] < cost) {
                cost = best[n - len][len];
                lastLen = len;
            }
        }
        // walk back to the word covering `at`
        int end = n;
        int len = lastLen;
        while (end - len > at - from) {
            int prev = back[end - len][len];
            end -= len;
            len = prev;
        }
        return new Scored(cost, from + end - len, from + end);
    }

    /** The cheapest path that ends with the word (s, len), over every word that ends at s. */
    private double bestBefore(int s, int len, int id) {
        double min = Double.POSITIVE_INFINITY;
        for (int prev = 1; prev <= Math.min(LONGEST_WORD, s); prev++) {
            double before = best[s - prev][prev];
            if (before == Double.POSITIVE_INFINITY) {
                continue;
            }
            double c = before + edgeCost(ids[s - prev][prev], id);
            if (c < min) {
                min = c;
                back[s][len] = prev;
            }
        }
        return min;
    }

    private static double unigramCost(int id) {
        return -Math.log((frequency(id) + 0.5) / TOTAL);
    }

    private static double edgeCost(int prevId, int id) {
        int prevFrequency = frequency(prevId);
        double bigram = prevFrequency == 0 ? 0 : (double) HanlpData.biFrequency(prevId, id) / prevFrequency;
        return -Math.log(LAMBDA * bigram + (1 - LAMBDA) * (frequency(id) + 0.5) / TOTAL);
    }

    private static int frequency(int id) {
        return id < 0 ? 0 : HanlpData.frequency(id);
    }
}
