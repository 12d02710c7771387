package io.sanshen.check.pii;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal information in text. Immutable and thread-safe: build one per policy and share it.
 *
 * <p>One pass over the text: digit runs go to the number detector, {@code @} to the e-mail detector, and the first
 * characters of address labels and health terms to the phrase detector. Context (names, public-service words,
 * masking, list paragraphs) is only examined around candidates, which keeps the scan fast.
 */
public final class PiiScanner {
    private final PiiPolicy policy;
    private final Evidence evidence;
    private final NumberDetector numbers;
    private final EmailDetector emails;
    private final PhraseDetector phrases;

    /** A scanner that judges birth dates against today's date. */
    public PiiScanner(PiiPolicy policy) {
        this(policy, LocalDate.now());
    }

    /** A scanner that rejects ID numbers born after {@code today}. */
    public PiiScanner(PiiPolicy policy, LocalDate today) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.evidence = new Evidence(policy, PersonNames.standard());
        this.numbers = new NumberDetector(evidence, Objects.requireNonNull(today, "today"));
        this.emails = new EmailDetector(evidence);
        this.phrases = new PhraseDetector(evidence);
    }

    public PiiPolicy policy() {
        return policy;
    }

    /** Hits in {@code text}, ordered by position; list context only from the text itself. */
    public List<PiiHit> scan(CharSequence text) {
        return scan(text, false);
    }

    /**
     * Hits in {@code text}, ordered by position.
     *
     * @param listContext the enclosing document is a published list (its title or front matter says 公示, 名单 …);
     *     without it, list context is still detected per paragraph and per Markdown heading
     */
    public List<PiiHit> scan(CharSequence text, boolean listContext) {
        String t = text.toString();
        ScanState s = new ScanState(t, listContext, evidence.listWords);
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c < 128) {
                if (Digits.isWordChar(c)) {
                    i = numbers.at(s, i);
                } else {
                    i = c == '@' ? emails.at(s, i) : i + 1;
                }
            } else if (Digits.isDigit(c)) {
                i = numbers.at(s, i);
            } else if (phrases.startsAny(c)) {
                i = phrases.at(s, i);
            } else {
                i++;
            }
        }
        s.hits.sort(Comparator.comparingInt(PiiHit::start).thenComparingInt(PiiHit::end));
        return List.copyOf(s.hits);
    }
}
