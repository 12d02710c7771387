package io.sanshen.check.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds slips in long official names and formulations: slices of the text exactly one edit (one char wrong,
 * missing, extra, or two neighbours swapped) away from a canonical phrase. Search is pigeonhole: every phrase is
 * cut into three pieces and one edit spoils at most two of them, so each candidate contains an intact piece. One
 * automaton finds the pieces and the whole phrases in a single pass, {@link EditClassifier} verifies the few
 * windows around each piece hit, so the cost grows with the text and the number of piece hits, not with
 * text × phrases × length.
 * <p>
 * To keep legitimate text quiet, a near miss must begin with the phrase's own first char and end with its last
 * one unless it ends the sentence (a different ending followed by more text is most often a different word:
 * 中华人民共和国国务委员 is not a slip of 中华人民共和国国务院), and it is dropped when it lies inside an exact
 * occurrence of any canonical phrase (the phrase itself, a sibling such as 第十九次 vs 第二十次, or a longer phrase
 * it is part of). A local body named after a ministry (长春市人力资源和社会保障局 beside 人力资源和社会保障部) is its
 * own correct name, not a slip ({@link LocalAgencyName}); so is the same place at another level (海南州 beside 海南省)
 * and another statute (中华人民共和国水法 beside 中华人民共和国刑法) ({@link SiblingName}). Immutable and thread-safe.
 */
public final class NearMissMatcher {

    /** Shortest canonical phrase accepted, in normalized chars. */
    public static final int MIN_LENGTH = 6;

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::start)
            .thenComparingInt(c -> c.kind().ordinal())
            .thenComparingInt(c -> -c.length());

    private final TextNormalizer normalizer = TextNormalizer.standard();
    private final List<String> canonical = new ArrayList<>();
    private final List<char[]> phrases = new ArrayList<>();
    /** Pieces and whole phrases in one automaton, so a text is scanned once. */
    private final AhoCorasick automaton;
    /** Per pattern: (phrase, offset of the piece in it) pairs; empty when the pattern is only a whole phrase. */
    private final int[][] pieceRefs;
    /** Per pattern: whether it is a whole canonical phrase (a span no near miss may lie inside). */
    private final boolean[] wholePhrase;

    private NearMissMatcher(Collection<String> canonicalPhrases) {
        Set<String> seen = new HashSet<>();
        for (String phrase : canonicalPhrases) {
            String norm = normalizer.normalizeTerm(phrase);
            if (norm.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("canonical phrase shorter than " + MIN_LENGTH + ": " + phrase);
            }
            if (seen.add(norm)) {
                canonical.add(phrase.strip());
                phrases.add(norm.toCharArray());
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> patterns = new ArrayList<>();
        List<List<Integer>> refs = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            char[] ph = phrases.get(p);
            int k = ph.length / 3;
            int[] offsets = {0, k, 2 * k};
            int[] ends = {k, 2 * k, ph.length};
            for (int j = 0; j < 3; j++) {
                List<Integer> list = refs.get(patternId(new String(ph, offsets[j], ends[j] - offsets[j]), ids, patterns, refs));
                list.add(p);
                list.add(offsets[j]);
            }
        }
        Set<Integer> whole = new HashSet<>();
        phrases.forEach(ph -> whole.add(patternId(new String(ph), ids, patterns, refs)));
        automaton = AhoCorasick.build(patterns);
        pieceRefs = refs.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        wholePhrase = new boolean[patterns.size()];
        whole.forEach(id -> wholePhrase[id] = true);
    }

    private static int patternId(String pattern, Map<String, Integer> ids, List<String> patterns, List<List<Integer>> refs) {
        return ids.computeIfAbsent(pattern, x -> {
            patterns.add(x);
            refs.add(new ArrayList<>());
            return patterns.size() - 1;
        });
    }

    /**
     * Builds the matcher once for a phrase list.
     *
     * @throws IllegalArgumentException for a phrase shorter than {@link #MIN_LENGTH} chars after normalization
     */
    public static NearMissMatcher of(Collection<String> canonicalPhrases) {
        return new NearMissMatcher(canonicalPhrases);
    }

    /** Number of distinct canonical phrases. */
    public int size() {
        return phrases.size();
    }

    /** Near misses in {@code text}, non-overlapping, ordered by start offset (original offsets). */
    public List<NearMiss> find(CharSequence text) {
        return find(normalizer.normalize(text));
    }

    /** Near misses in a text already normalized by {@link TextNormalizer#standard()}. */
    public List<NearMiss> find(NormalizedText normalized) {
        normalized.requireNormalizer(normalizer);
        CharSequence text = normalized.original();
        char[] chars = normalized.buffer();
        int n = normalized.length();
        List<int[]> exactSpans = new ArrayList<>();
        Set<Candidate> candidates = new HashSet<>();
        automaton.scan(chars, n, (pattern, end) -> {
            int start = end - automaton.patternLength(pattern);
            if (wholePhrase[pattern]) {
                exactSpans.add(new int[] {start, end});
            }
            int[] refs = pieceRefs[pattern];
            for (int r = 0; r < refs.length; r += 2) {
                collect(chars, n, refs[r], start - refs[r + 1], candidates);
            }
        });
        // a candidate inside an exact occurrence of any phrase is that phrase (or a sibling), not a slip
        candidates.removeIf(c -> inside(exactSpans, c.start(), c.start() + c.length()));
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        List<NearMiss> result = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : sorted) {
            if (c.start() < lastEnd) {
                continue;
            }
            lastEnd = c.start() + c.length();
            int start = normalized.originalStart(c.start());
            int end = normalized.originalEnd(c.start() + c.length());
            result.add(new NearMiss(start, end, text.subSequence(start, end).toString(), canonical.get(c.phrase()),
                    c.kind()));
        }
        return List.copyOf(result);
    }

    private void collect(char[] chars, int n, int phrase, int alignedStart, Set<Candidate> out) {
        char[] p = phrases.get(phrase);
        int m = p.length;
        for (int s = alignedStart - 1; s <= alignedStart + 1; s++) {
            for (int len = m - 1; len <= m + 1; len++) {
                if (s < 0 || s + len > n || !endsFit(chars, n, s, len, p)) {
                    continue;
                }
                NearMiss.Kind kind = EditClassifier.classify(chars, s, len, p);
                if (kind != null && !EditClassifier.contains(chars, s, len, p)
                        && !LocalAgencyName.isLocalForm(chars, s, len, p)
                        && !SiblingName.isSibling(chars, s, len, p)) {
                    out.add(new Candidate(phrase, s, len, kind));
                }
            }
        }
    }

    /**
     * A near miss keeps the phrase's first char, and its last char unless the slice ends the sentence (end of text
     * or punctuation next): 国务院办公厅 must not fire on 国务院办公会议, but 社会主义核心价值关。 is a slip. The
     * start is never relaxed: 我国人民代表大会制度 is no slip of 全国人民代表大会.
     */
    private static boolean endsFit(char[] chars, int n, int s, int len, char[] p) {
        int end = s + len;
        return chars[s] == p[0]
                && (chars[end - 1] == p[p.length - 1] || end == n || !Character.isLetterOrDigit(chars[end]));
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (span[0] <= start && end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private record Candidate(int phrase, int start, int length, NearMiss.Kind kind) {
    }
}
