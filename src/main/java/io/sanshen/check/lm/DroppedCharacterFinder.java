package io.sanshen.check.lm;

import io.sanshen.diag.HanChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds words broken by a dropped character (需整改问515个 → 问题, 签约仪现场 → 仪式, 结对干职工 → 干部): a character
 * that belongs to no dictionary word around it and that no bigram of HanLP's corpus joins to the words beside it is
 * a stray; if putting back one character, before or after it, makes a dictionary word that the model
 * ({@link WordModel}) finds far more likely in this place, the character was probably dropped. Immutable and
 * thread-safe; what a run learns is kept in its {@link Memo}.
 */
public final class DroppedCharacterFinder {
    /** A likely dropped character: {@code text[start, end)} is the stray as written, {@code word} the word meant. */
    public record Hit(int start, int end, String written, String word, double evidence) {}

    /**
     * How much more likely (difference of costs) the text with the character put back must be: e^16 ≈ 9 million
     * times. Chosen on the clean real pages (bench/README.md), not on the labelled set: the strongest evidence there
     * was 14.9 (卫生健康委主任 → 体委), an abbreviation; the model reads abbreviations as broken words.
     */
    static final double MARGIN = 16.0;
    /** A word put back must be a common one: seen at least this often in HanLP's corpus. */
    static final int MIN_WORD_FREQUENCY = 20;
    private static final int CONTEXT = 3;
    /**
     * A character this common as a word of its own in HanLP's corpus is a word, not a stray: 区 (147), 市 (378),
     * 年 before 人民代表大会, 人民政府 … (a level of government is written alone before the body's name).
     */
    static final int FREE_WORD = 100;
    /** Chinese numerals and 第, which HanLP reads as numbers rather than words. */
    private static final String NUMERALS = "〇一二三四五六七八九十百千万亿两零壹贰叁肆伍陆柒捌玖拾佰仟第";
    private static final Hit NONE = new Hit(0, 0, "", "", 0);

    private final double margin;

    private DroppedCharacterFinder(double margin) {
        this.margin = margin;
        HanlpData.load();
    }

    public static DroppedCharacterFinder standard() {
        return Holder.STANDARD;
    }

    /** A finder with another margin, for measuring the evidence on clean text. */
    public static DroppedCharacterFinder withMargin(double margin) {
        return new DroppedCharacterFinder(margin);
    }

    private static final class Holder {
        static final DroppedCharacterFinder STANDARD = new DroppedCharacterFinder(MARGIN);
    }

    /** Verdicts and completions already found in one check run (held by the run); thread-safe, bounded. */
    public static final class Memo {
        private final Map<String, Hit> verdicts = new ConcurrentHashMap<>();
        private final Map<Character, String> after = new ConcurrentHashMap<>();
        private final Map<Character, String> before = new ConcurrentHashMap<>();
    }

    public List<Hit> find(String text) {
        return find(text, new Memo());
    }

    /** Likely dropped characters in {@code text}, in order. */
    public List<Hit> find(String text, Memo memo) {
        WordModel model = new WordModel();
        List<Hit> hits = new ArrayList<>();
        char[] chars = text.toCharArray();
        boolean[] pairs = pairWords(chars);
        for (int i = 0; i < chars.length; i++) {
            if (!HanChars.isHan(chars[i]) || !stray(chars, i, pairs)) {
                continue;
            }
            int from = Runs.start(chars, i, CONTEXT);
            int to = Runs.end(chars, i, CONTEXT);
            String key = Runs.key(chars, from, to, i);
            Hit relative = memo.verdicts.get(key);
            if (relative == null) {
                Hit h = judge(chars, from, to, i, model, memo);
                relative = h == null ? NONE : new Hit(h.start() - from, h.end() - from, h.written(), h.word(), h.evidence());
                Runs.remember(memo.verdicts, key, relative);
            }
            if (relative != NONE) {
                hits.add(new Hit(relative.start() + from, relative.end() + from, relative.written(), relative.word(),
                        relative.evidence()));
            }
        }
        return hits;
    }

    /**
     * Whether a dictionary word of two characters starts at each index of {@code chars}: asked once per index rather
     * than twice (for the character it starts at and for the one after), since this runs at every character.
     */
    private static boolean[] pairWords(char[] chars) {
        boolean[] pairs = new boolean[chars.length];
        for (int k = 0; k + 2 <= chars.length; k++) {
            // only pairs beside a Han character are ever asked about
            pairs[k] = (HanChars.isHan(chars[k]) || HanChars.isHan(chars[k + 1]))
                    && HanlpData.wordId(chars, k, k + 2) >= 0;
        }
        return pairs;
    }

    /**
     * Whether {@code chars[i]} stands alone between two words (or a word and a number or a mark): inside no
     * dictionary word of 2–4 characters, no numeral, and never seen in the corpus after the word before it or before
     * the word after it. Two strays side by side (卫健单位, 区政办) are an abbreviation, not a break.
     * {@code pairs} is {@link #pairWords} of {@code chars}.
     */
    private static boolean stray(char[] chars, int i, boolean[] pairs) {
        // most characters are in a two-character word with a neighbour: ask that first (this runs at every character)
        if (i > 0 && pairs[i - 1] || pairs[i]) {
            return false;
        }
        for (int s = Math.max(0, i - 3); s <= i; s++) {
            for (int e = Math.max(i + 1, s + 2); e <= Math.min(chars.length, s + 4); e++) {
                if (e - s > 2 && HanlpData.wordId(chars, s, e) >= 0) {
                    return false;
                }
            }
        }
        int self = HanlpData.wordId(chars, i, i + 1);
        if (NUMERALS.indexOf(chars[i]) >= 0 || PartOfSpeech.isNumeral(self) || PartOfSpeech.isFunctionWord(self)
                || HanlpData.frequency(self) >= FREE_WORD) {
            return false; // 每月召开一次, 数量及分布, 根据区人民代表大会: numerals, function words, common words stand alone
        }
        int before = wordBefore(chars, i);
        int after = wordAfter(chars, i);
        boolean edgeBefore = i == 0 || !HanChars.isHan(chars[i - 1]);
        boolean edgeAfter = i + 1 == chars.length || !HanChars.isHan(chars[i + 1]);
        return (before >= 0 || edgeBefore) && (after >= 0 || edgeAfter) && (before >= 0 || after >= 0)
                && HanlpData.biFrequency(before, self) == 0 && HanlpData.biFrequency(self, after) == 0;
    }

    /** The dictionary word of 2–3 characters that ends just before {@code i}, or -1. */
    private static int wordBefore(char[] chars, int i) {
        for (int s = Math.max(0, i - 3); s < i - 1; s++) {
            int id = HanlpData.wordId(chars, s, i);
            if (id >= 0) {
                return id;
            }
        }
        return -1;
    }

    /** The dictionary word of 2–3 characters that starts just after {@code i}, HanLP's number token before a digit, or -1. */
    private static int wordAfter(char[] chars, int i) {
        if (i + 1 < chars.length && Character.isDigit(chars[i + 1])) {
            return HanlpData.numberToken();
        }
        for (int e = Math.min(chars.length, i + 4); e > i + 2; e--) {
            int id = HanlpData.wordId(chars, i + 1, e);
            if (id >= 0) {
                return id;
            }
        }
        return -1;
    }

    private Hit judge(char[] chars, int from, int to, int at, WordModel model, Memo memo) {
        double asWritten = model.score(chars, from, to, at).cost();
        char stray = chars[at];
        int before = wordBefore(chars, at);
        int after = wordAfter(chars, at);
        char[] longer = new char[to - from + 1];
        char[] pair = new char[2];
        double best = Double.POSITIVE_INFINITY;
        String bestWord = null;
        for (int side = 0; side < 2; side++) {
            boolean putAfter = side == 0;
            String xs = putAfter ? memo.after.computeIfAbsent(stray, c -> completions(c, true))
                    : memo.before.computeIfAbsent(stray, c -> completions(c, false));
            int strayAt = putAfter ? at - from : at + 1 - from;
            for (char x : xs.toCharArray()) {
                pair[putAfter ? 0 : 1] = stray;
                pair[putAfter ? 1 : 0] = x;
                int word = HanlpData.wordId(pair, 0, 2);
                // the word put back must be seen next to a word beside it (签约仪式, 干部职工), not only be likely
                if (HanlpData.biFrequency(before, word) + HanlpData.biFrequency(word, after) == 0) {
                    continue;
                }
                // the text with x put back: before the stray, or after it
                System.arraycopy(chars, from, longer, 0, at - from);
                System.arraycopy(chars, at, longer, at + 1 - from, to - at);
                longer[at - from] = putAfter ? stray : x;
                longer[at + 1 - from] = putAfter ? x : stray;
                double cost = model.score(longer, 0, longer.length, strayAt).cost();
                if (cost < best) {
                    best = cost;
                    bestWord = new String(pair);
                }
            }
        }
        if (bestWord == null || asWritten - best <= margin) {
            return null;
        }
        return new Hit(at, at + 1, String.valueOf(stray), bestWord, asWritten - best);
    }

    /** The characters that make a common two-character word with {@code c}, after it or before it. */
    private static String completions(char c, boolean after) {
        StringBuilder out = new StringBuilder();
        char[] pair = new char[2];
        for (char x = 0x4E00; x <= 0x9FFF; x++) {
            pair[after ? 0 : 1] = c;
            pair[after ? 1 : 0] = x;
            int id = HanlpData.wordId(pair, 0, 2);
            if (id >= 0 && HanlpData.frequency(id) >= MIN_WORD_FREQUENCY) {
                out.append(x);
            }
        }
        return out.toString();
    }
}
