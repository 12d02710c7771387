package io.sanshen.check.lm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds characters that the language model says were probably typed for a confusable one: at each character of the
 * {@link ConfusionSet}, the run of text around it is scored as written and with each alternative
 * ({@link WordModel}), and a hit is reported when an alternative is more likely by more than {@link #MARGIN} (in
 * natural-log units). Thread-safe; built once; what a run learns is kept in its {@link Memo}.
 *
 * <p>Most positions are dismissed without scoring: an alternative is tried only when it would make a dictionary word
 * with the character before or after it (接收群众 → 接受, 布署 → 部署), or it is a particle (的/地/得), whose
 * evidence is the bigram with the next or previous word.
 */
public final class ConfusableFinder {
    /**
     * A likely slip: {@code text[start, end)} is the word as written, {@code suggestion} the word meant, and
     * {@code evidence} how much more likely the suggestion is (a difference of costs, always above the margin).
     * {@code confident} is false when a dictionary word was replaced by another of the same part of speech
     * (收到/受到, 接收/接受): there only word frequencies speak, and they are a guess worth a note, not a warning.
     */
    public record Hit(int start, int end, String written, String suggestion, double evidence, boolean confident) {}

    /**
     * How much more likely the alternative must be, as a difference of costs, when the character as written makes
     * no dictionary word with its neighbours (布署, 坚恃, 认真的做好): e^8 ≈ 3,000 times. Tuned on real pages
     * (bench/README.md): the largest such difference on clean text was 4.7.
     */
    static final double MARGIN = 8.0;
    /**
     * The margin when the text as written is a dictionary word too (收到/受到, 制订/制定, 截至/截止): both are
     * right somewhere, and the model's word frequencies speak loudly, so only overwhelming context counts
     * (e^12 ≈ 160,000 times). The largest such difference on clean text was 10.4.
     */
    static final double REAL_WORD_MARGIN = 12.0;
    /** Characters on each side of the candidate that the model reads. */
    private static final int CONTEXT = WordModel.LONGEST_RUN / 2;
    private static final Hit NONE = new Hit(0, 0, "", "", 0, false);
    /** A suggested word seen once in HanLP's corpus (民力) is one sentence's evidence, not a word to suggest. */
    private static final int MIN_SUGGESTED_FREQUENCY = 2;
    /** How much more common as a word of its own the alternative must be for a lone bound character (己 12, 已 1,609). */
    private static final int BOUND_RATIO = 50;

    private final ConfusionSet set;
    /** By alternative character, the characters it makes a two-character word with; filled as alternatives occur. */
    private final Map<Character, Neighbours> neighbours = new ConcurrentHashMap<>();
    private final double margin;
    private final double realWordMargin;

    /** The characters {@code x} with which alternative {@code a} makes a word {@code xa} ({@code after}) or {@code ax}. */
    private record Neighbours(BitSet after, BitSet before) {
        static Neighbours of(char a) {
            BitSet after = new BitSet(0xA000);
            BitSet before = new BitSet(0xA000);
            char[] pair = new char[2];
            for (char x = 0x3400; x <= 0x9FFF; x++) {
                pair[0] = x;
                pair[1] = a;
                if (HanlpData.wordId(pair, 0, 2) >= 0) {
                    after.set(x);
                }
                pair[0] = a;
                pair[1] = x;
                if (HanlpData.wordId(pair, 0, 2) >= 0) {
                    before.set(x);
                }
            }
            return new Neighbours(after, before);
        }
    }

    /**
     * Cheap: HanLP loads (~0.2 s, most of a one-file check) when a text first has a character of the set, and each
     * alternative's neighbours are listed when it is first tried (a sweep of the CJK block each).
     */
    private ConfusableFinder(ConfusionSet set, double margin, double realWordMargin) {
        this.set = set;
        this.margin = margin;
        this.realWordMargin = realWordMargin;
    }

    /** The shared finder with the bundled confusion set; HanLP loads when a text first needs it. */
    public static ConfusableFinder standard() {
        return Holder.STANDARD;
    }

    /** A finder with other margins, for tuning them on real text. */
    public static ConfusableFinder withMargins(double margin, double realWordMargin) {
        return new ConfusableFinder(ConfusionSet.standard(), margin, realWordMargin);
    }

    private static final class Holder {
        static final ConfusableFinder STANDARD = new ConfusableFinder(ConfusionSet.standard(), MARGIN, REAL_WORD_MARGIN);
    }

    /**
     * Verdicts already reached, by run of text: portals repeat their phrases (截至目前, 有力推动 …) across thousands
     * of items, and a verdict depends on the run alone. One per check run (held by the run, never in a static);
     * thread-safe; bounded.
     */
    public static final class Memo {
        private final Map<String, Hit> verdicts = new ConcurrentHashMap<>();
    }

    /** Likely slips in {@code text}, in order. */
    public List<Hit> find(String text) {
        return find(text, new Memo());
    }

    /** Likely slips in {@code text}, in order, reusing and adding to the verdicts of {@code memo}. */
    public List<Hit> find(String text, Memo memo) {
        WordModel model = new WordModel();
        List<Hit> hits = new ArrayList<>();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            String alternatives = set.alternativesOf(chars[i]);
            if (alternatives == null) {
                continue;
            }
            int from = Runs.start(chars, i, CONTEXT);
            int to = Runs.end(chars, i, CONTEXT);
            Hit hit = judgeOnce(chars, from, to, i, alternatives, model, memo.verdicts);
            if (hit != null) {
                hits.add(hit);
                i = hit.end() - 1;
            }
        }
        return hits;
    }

    /** {@link #judge} through the verdicts, keyed by the run and the position in it. */
    private Hit judgeOnce(char[] chars, int from, int to, int at, String alternatives, WordModel model,
            Map<String, Hit> verdicts) {
        String key = Runs.key(chars, from, to, at);
        Hit relative = verdicts.get(key);
        if (relative == null) {
            Hit hit = judge(chars, from, to, at, alternatives, model);
            relative = hit == null ? NONE : new Hit(hit.start() - from, hit.end() - from, hit.written(),
                    hit.suggestion(), hit.evidence(), hit.confident());
            Runs.remember(verdicts, key, relative);
        }
        return relative == NONE ? null : new Hit(relative.start() + from, relative.end() + from, relative.written(),
                relative.suggestion(), relative.evidence(), relative.confident());
    }

    private Hit judge(char[] chars, int from, int to, int at, String alternatives, WordModel model) {
        char written = chars[at];
        WordModel.Scored asWritten = null;
        WordModel.Scored best = null;
        char bestChar = 0;
        for (char a : alternatives.toCharArray()) {
            if (!worthScoring(chars, from, to, at, a)) {
                continue;
            }
            if (asWritten == null) {
                asWritten = model.score(chars, from, to, at);
            }
            chars[at] = a;
            WordModel.Scored s = model.score(chars, from, to, at);
            chars[at] = written;
            if (best == null || s.cost() < best.cost()) {
                best = s;
                bestChar = a;
            }
        }
        if (best == null) {
            return null;
        }
        boolean realWord = asWritten.wordEnd() - asWritten.wordStart() > 1;
        if (realWord && ConfusionSet.isParticle(bestChar)) {
            return null; // 落地, 实地, 得以: the particle would break a word, not replace one
        }
        if (asWritten.cost() - best.cost() <= (realWord ? realWordMargin : margin)) {
            return null;
        }
        int writtenWord = HanlpData.wordId(chars, asWritten.wordStart(), asWritten.wordEnd());
        chars[at] = bestChar;
        int suggestedWord = HanlpData.wordId(chars, best.wordStart(), best.wordEnd());
        chars[at] = written;
        if (!grammarAllows(chars, from, to, at, bestChar)
                || best.wordEnd() - best.wordStart() > 1 && HanlpData.frequency(suggestedWord) < MIN_SUGGESTED_FREQUENCY) {
            return null;
        }
        boolean confident = !(realWord && PartOfSpeech.sameMainKind(writtenWord, suggestedWord));
        int start = Math.min(asWritten.wordStart(), best.wordStart());
        int end = Math.max(asWritten.wordEnd(), best.wordEnd());
        String shown = new String(chars, start, end - start);
        char[] meant = shown.toCharArray();
        meant[at - start] = bestChar;
        return new Hit(start, end, shown, new String(meant), asWritten.cost() - best.cost(), confident);
    }

    /**
     * Part of speech before the model's verdict on a particle: adverbial 地 comes before a verb or an adjective, 的
     * before a noun. 地 written before a word that can be a verb (规范地发布) stays; 的 becomes 地 only before a word
     * that is mostly a verb or an adjective (认真的做好, not 的研究, a verbal noun); 得 follows a verb or an adjective.
     */
    private static boolean grammarAllows(char[] chars, int from, int to, int at, char suggested) {
        char written = chars[at];
        if (written == '地' && suggested == '的') {
            return !PartOfSpeech.canBeVerbOrAdjective(wordAfter(chars, at, to));
        }
        if (written == '的' && suggested == '地') {
            return PartOfSpeech.mainlyVerbOrAdjective(wordAfter(chars, at, to));
        }
        if (suggested == '得') {
            return PartOfSpeech.canBeVerbOrAdjective(wordBefore(chars, from, at));
        }
        return true;
    }

    /** The word id of character {@code c} as a word of its own, or -1. */
    private static int characterWord(char c) {
        return HanlpData.wordId(new char[] {c}, 0, 1);
    }

    /** The longest dictionary word (up to 3 characters) that ends just before {@code at}, or -1. */
    private static int wordBefore(char[] chars, int from, int at) {
        int before = -1;
        for (int s = Math.max(from, at - 3); s < at && before < 0; s++) {
            before = HanlpData.wordId(chars, s, at);
        }
        return before;
    }

    /** The longest dictionary word (up to 3 characters) that starts just after {@code at}, or -1. */
    private static int wordAfter(char[] chars, int at, int to) {
        int after = -1;
        for (int e = Math.min(to, at + 4); e > at + 1 && after < 0; e--) {
            after = HanlpData.wordId(chars, at + 1, e);
        }
        return after;
    }

    private boolean worthScoring(char[] chars, int from, int to, int at, char a) {
        if (ConfusionSet.isParticle(a)) {
            // a particle stands between two words: 认真的做好, not at the end of a run (“标准地”, 先到先得、)
            return at > from && at + 1 < to && particleFitsBetter(chars, from, to, at, a);
        }
        Neighbours n = neighbours.computeIfAbsent(a, Neighbours::of);
        return at > from && n.after().get(chars[at - 1]) || at + 1 < to && n.before().get(chars[at + 1])
                || boundAlone(chars, from, to, at, a);
    }

    /**
     * 己为他们 → 已: a character the dictionary knows almost only inside words (己: 自己, 知己) standing alone, where
     * its alternative is a common word of one character (已). Single-character words are few, so this is rare.
     */
    private static boolean boundAlone(char[] chars, int from, int to, int at, char a) {
        int written = characterWord(chars[at]);
        int alternative = characterWord(a);
        return HanlpData.frequency(alternative) >= BOUND_RATIO * Math.max(1, HanlpData.frequency(written))
                && (at == from || HanlpData.wordId(chars, at - 1, at + 1) < 0)
                && (at + 1 == to || HanlpData.wordId(chars, at, at + 2) < 0);
    }

    /**
     * Whether particle {@code a} follows the word before, or precedes the word after, more often than the particle
     * as written: only then can it win, since these are the only bigrams that change. This costs a few lookups,
     * where scoring the run costs a hundred; 的 alone is about one character in twenty-five.
     */
    private static boolean particleFitsBetter(char[] chars, int from, int to, int at, char a) {
        int written = characterWord(chars[at]);
        int alternative = characterWord(a);
        int before = wordBefore(chars, from, at);
        int after = wordAfter(chars, at, to);
        boolean followsBetter = HanlpData.biFrequency(before, alternative) > HanlpData.biFrequency(before, written);
        double ratioAlternative = (double) HanlpData.biFrequency(alternative, after) / Math.max(1, HanlpData.frequency(alternative));
        double ratioWritten = (double) HanlpData.biFrequency(written, after) / Math.max(1, HanlpData.frequency(written));
        return followsBetter || ratioAlternative > ratioWritten;
    }
}
