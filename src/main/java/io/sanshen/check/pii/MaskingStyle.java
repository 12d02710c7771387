package io.sanshen.check.pii;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Masker} rewrites each kind: how many significant characters to keep at the start and end, and the mask
 * character. Kinds without a rule are reported but never rewritten (by default {@link PiiKind#HEALTH}, which needs a
 * human to reword the sentence). For e-mail the rule applies to the local part; the domain is kept.
 */
public record MaskingStyle(char maskChar, Map<PiiKind, Rule> rules) {
    /** Keep {@code keepPrefix} leading and {@code keepSuffix} trailing significant characters. */
    public record Rule(int keepPrefix, int keepSuffix) {
        public Rule {
            if (keepPrefix < 0 || keepSuffix < 0) {
                throw new IllegalArgumentException("negative keep count");
            }
        }
    }

    public MaskingStyle {
        if (Character.isLetterOrDigit(maskChar) || Character.isWhitespace(maskChar) || maskChar == '@') {
            throw new IllegalArgumentException("mask character must be a symbol: " + maskChar);
        }
        EnumMap<PiiKind, Rule> copy = new EnumMap<>(PiiKind.class);
        copy.putAll(Objects.requireNonNull(rules, "rules"));
        rules = java.util.Collections.unmodifiableMap(copy);
    }

    /** 3204**********1234, 138****5678, ***************1234, z*******@163.com, first 6 chars of an address. */
    public static MaskingStyle defaults() {
        Map<PiiKind, Rule> r = new EnumMap<>(PiiKind.class);
        r.put(PiiKind.ID_NUMBER, new Rule(4, 4));
        r.put(PiiKind.MOBILE, new Rule(3, 4));
        r.put(PiiKind.BANK_CARD, new Rule(0, 4));
        r.put(PiiKind.EMAIL, new Rule(1, 0));
        r.put(PiiKind.HOME_ADDRESS, new Rule(6, 0));
        return new MaskingStyle('*', r);
    }

    public Optional<Rule> ruleFor(PiiKind kind) {
        return Optional.ofNullable(rules.get(kind));
    }

    public MaskingStyle withMaskChar(char c) {
        return new MaskingStyle(c, rules);
    }

    /** A copy with {@code rule} for {@code kind}; a {@code null} rule stops masking that kind. */
    public MaskingStyle withRule(PiiKind kind, Rule rule) {
        Map<PiiKind, Rule> r = new EnumMap<>(PiiKind.class);
        r.putAll(rules);
        if (rule == null) {
            r.remove(kind);
        } else {
            r.put(kind, rule);
        }
        return new MaskingStyle(maskChar, r);
    }
}
