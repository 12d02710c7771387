package io.sanshen.diag;

/** Language of user-facing text. Chinese is the default; English with {@code --lang en}. */
public enum Lang {
    ZH, EN;

    public static Lang parse(String value) {
        if (value == null) {
            return ZH;
        }
        return value.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? EN : ZH;
    }
}
