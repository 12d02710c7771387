package io.sanshen.check.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary terms of all lists in one pass: one Aho-Corasick automaton over the normalized forms of every
 * entry (see {@link TextNormalizer}), so full-width, traditional and noise-split spellings match too. Per list,
 * overlapping hits resolve to leftmost-longest. A hit lying inside an allowed phrase is dropped; allowed phrases
 * are the {@code allow} entries plus every replacement that contains its own wrong term (十八大以来 =&gt;
 * 党的十八大以来 must not fire on 党的十八大以来). Terms that begin or end with a Latin letter or digit match only
 * at word boundaries ("sb" does not fire inside "usb"). Built once; immutable and thread-safe.
 */
public final class WordMatcher {

    private static final Comparator<WordHit> BY_LIST_THEN_LEFTMOST_LONGEST = Comparator
            .comparing((WordHit h) -> h.entry().listId())
            .thenComparingInt(WordHit::start)
            .thenComparingInt(h -> -h.end());
    private static final Comparator<WordHit> BY_POSITION = Comparator.comparingInt(WordHit::start)
            .thenComparingInt(h -> -h.end())
            .thenComparing(h -> h.entry().listId());

    private final TextNormalizer normalizer = TextNormalizer.standard();
    private final AhoCorasick automaton;
    private final WordEntry[][] entries;
    private final boolean[] allowed;
    private final boolean[] latinStart;
    private final boolean[] latinEnd;
    private final int entryCount;

    private WordMatcher(List<String> patterns, List<List<WordEntry>> byPattern, boolean[] allowed, int entryCount) {
        this.automaton = AhoCorasick.build(patterns);
        this.entries = byPattern.stream().map(l -> l.toArray(WordEntry[]::new)).toArray(WordEntry[][]::new);
        this.allowed = allowed;
        this.entryCount = entryCount;
        this.latinStart = new boolean[patterns.size()];
        this.latinEnd = new boolean[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            latinStart[p] = TextNormalizer.isAsciiAlnum(s.charAt(0));
            latinEnd[p] = TextNormalizer.isAsciiAlnum(s.charAt(s.length() - 1));
        }
    }

    /**
     * Builds the matcher. Every term must have at least 2 chars after normalization ({@link WordListLoader}
     * already rejects shorter ones).
     *
     * @throws IllegalArgumentException for a term that normalizes to fewer than 2 chars
     */
    public static WordMatcher of(Collection<WordEntry> wordEntries) {
        TextNormalizer normalizer = TextNormalizer.standard();
        Map<String, Integer> ids = new HashMap<>();
        List<String> patterns = new ArrayList<>();
        List<List<WordEntry>> byPattern = new ArrayList<>();
        List<Integer> allowIds = new ArrayList<>();
        for (WordEntry e : wordEntries) {
            String term = normalizer.normalizeTerm(e.term());
            if (term.length() < 2) {
                throw new IllegalArgumentException("term too short after normalization: " + e);
            }
            int id = ids.computeIfAbsent(term, t -> add(patterns, byPattern, t));
            if (e.isAllow()) {
                allowIds.add(id);
                continue;
            }
            byPattern.get(id).add(e);
            if (e.replacement() != null) {
                String fix = normalizer.normalizeTerm(e.replacement());
                if (fix.contains(term)) {
                    allowIds.add(ids.computeIfAbsent(fix, t -> add(patterns, byPattern, t)));
                }
            }
        }
        boolean[] allowed = new boolean[patterns.size()];
        allowIds.forEach(id -> allowed[id] = true);
        return new WordMatcher(patterns, byPattern, allowed, wordEntries.size());
    }

    private static int add(List<String> patterns, List<List<WordEntry>> byPattern, String pattern) {
        patterns.add(pattern);
        byPattern.add(new ArrayList<>(1));
        return patterns.size() - 1;
    }

    /** Number of entries the matcher was built from, allowlist entries included. */
    public int size() {
        return entryCount;
    }

    /** Hits in {@code text}, ordered by start offset; offsets refer to {@code text} itself. */
    public List<WordHit> find(CharSequence text) {
        return find(normalizer.normalize(text));
    }

    /** Hits in a text already normalized by {@link TextNormalizer#standard()} (shared with other matchers). */
    public List<WordHit> find(NormalizedText normalized) {
        normalized.requireNormalizer(normalizer);
        char[] chars = normalized.buffer();
        int n = normalized.length();
        IntTriples found = new IntTriples();
        automaton.scan(chars, n, (pattern, end) -> {
            int start = end - automaton.patternLength(pattern);
            if (latinStart[pattern] && start > 0 && TextNormalizer.isAsciiAlnum(chars[start - 1])) {
                return;
            }
            if (latinEnd[pattern] && end < n && TextNormalizer.isAsciiAlnum(chars[end])) {
                return;
            }
            found.add(pattern, start, end);
        });
        if (found.size == 0) {
            return List.of();
        }
        IntTriples allowedSpans = new IntTriples();
        for (int i = 0; i < found.size; i++) {
            if (allowed[found.a[i]]) {
                allowedSpans.add(found.a[i], found.b[i], found.c[i]);
            }
        }
        List<WordHit> candidates = new ArrayList<>();
        for (int i = 0; i < found.size; i++) {
            int pattern = found.a[i];
            if (entries[pattern].length == 0 || insideAny(allowedSpans, found.b[i], found.c[i])) {
                continue;
            }
            int start = normalized.originalStart(found.b[i]);
            int end = normalized.originalEnd(found.c[i]);
            for (WordEntry e : entries[pattern]) {
                candidates.add(new WordHit(start, end, e));
            }
        }
        return leftmostLongestPerList(candidates);
    }

    private static boolean insideAny(IntTriples spans, int start, int end) {
        for (int i = 0; i < spans.size; i++) {
            if (spans.b[i] <= start && end <= spans.c[i]) {
                return true;
            }
        }
        return false;
    }

    private static List<WordHit> leftmostLongestPerList(List<WordHit> candidates) {
        candidates.sort(BY_LIST_THEN_LEFTMOST_LONGEST);
        List<WordHit> hits = new ArrayList<>();
        String list = null;
        int lastEnd = -1;
        for (WordHit h : candidates) {
            if (!h.entry().listId().equals(list)) {
                list = h.entry().listId();
                lastEnd = -1;
            }
            if (h.start() >= lastEnd) {
                hits.add(h);
                lastEnd = h.end();
            }
        }
        hits.sort(BY_POSITION);
        return List.copyOf(hits);
    }

    /** Growable (pattern, start, end) triples, so the scan allocates no object per match. */
    private static final class IntTriples {
        int[] a = new int[16];
        int[] b = new int[16];
        int[] c = new int[16];
        int size;

        void add(int x, int y, int z) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                c = Arrays.copyOf(c, size * 2);
            }
            a[size] = x;
            b[size] = y;
            c[size++] = z;
        }
    }
}
