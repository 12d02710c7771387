package io.sanshen.diag;

import java.util.Optional;
import java.util.regex.Pattern;

/** Language of user-facing text. Chinese is the default; English with {@code --lang en}. */
public enum Lang {
    ZH, EN;

    /** zh or en, optionally with a region or script: zh-CN, zh_Hans, en-US … */
    private static final Pattern NAME = Pattern.compile("(?i)(zh|en)([-_][a-z]{2,4})?");

    /** Lenient: anything not English is Chinese. For values already checked with {@link #named}. */
    public static Lang parse(String value) {
        if (value == null) {
            return ZH;
        }
        return value.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    /** The language {@code value} names, or empty when it names neither (a user mistake to refuse). */
    public static Optional<Lang> named(String value) {
        if (value == null || !NAME.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(parse(value.strip()));
    }
}
