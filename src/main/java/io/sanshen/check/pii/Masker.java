package io.sanshen.check.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Rewrites text with masked values (脱敏). Only letters and digits are masked, so separators stay
 * ({@code 138-****-5678}); at least one character of every value is masked. The output scanned again with the same
 * policy yields no hit of a masked kind, because a value next to a mask character counts as masked.
 */
public final class Masker {
    /** One rewrite, offsets into the original text. */
    public record Replacement(int start, int end, String oldValue, String newValue) {}

    /** The rewritten text and what changed, in text order. */
    public record Result(String text, List<Replacement> replacements) {
        public Result {
            replacements = List.copyOf(replacements);
        }
    }

    private final MaskingStyle style;

    public Masker(MaskingStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * Masks every hit whose kind has a rule. Overlapping hits keep the first; a hit must describe {@code text}
     * (its value at its offsets), anything else is a caller bug.
     */
    public Result mask(String text, List<PiiHit> hits) {
        List<PiiHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(PiiHit::start));
        StringBuilder out = new StringBuilder(text.length());
        List<Replacement> done = new ArrayList<>();
        int copied = 0;
        for (PiiHit h : sorted) {
            if (h.end() > text.length() || !text.startsWith(h.value(), h.start())) {
                throw new IllegalArgumentException("hit does not match the text at " + h.start() + ": " + h.value());
            }
            if (h.start() < copied || style.ruleFor(h.kind()).isEmpty()) {
                continue;
            }
            String masked = maskValue(h.kind(), h.value());
            out.append(text, copied, h.start()).append(masked);
            copied = h.end();
            done.add(new Replacement(h.start(), h.end(), h.value(), masked));
        }
        out.append(text, copied, text.length());
        return new Result(out.toString(), done);
    }

    /** The masked form of one value; values of kinds without a rule come back unchanged. */
    public String maskValue(PiiKind kind, String value) {
        MaskingStyle.Rule rule = style.ruleFor(kind).orElse(null);
        if (rule == null) {
            return value;
        }
        int at = value.indexOf('@');
        if (kind == PiiKind.EMAIL && at > 0) {
            return maskSignificant(value.substring(0, at), rule) + value.substring(at);
        }
        return maskSignificant(value, rule);
    }

    private String maskSignificant(String value, MaskingStyle.Rule rule) {
        int significant = (int) value.chars().filter(Character::isLetterOrDigit).count();
        int keepPrefix = Math.min(rule.keepPrefix(), significant);
        int keepSuffix = Math.min(rule.keepSuffix(), significant - keepPrefix);
        if (significant > 0 && keepPrefix + keepSuffix >= significant) {
            // Never leave a value intact: give up kept characters from the end first.
            keepSuffix = Math.max(0, significant - keepPrefix - 1);
            keepPrefix = Math.min(keepPrefix, significant - 1 - keepSuffix);
        }
        StringBuilder b = new StringBuilder(value.length());
        int k = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                b.append(c);
                continue;
            }
            boolean keep = k < keepPrefix || k >= significant - keepSuffix;
            b.append(keep ? c : style.maskChar());
            k++;
        }
        return b.toString();
    }
}
