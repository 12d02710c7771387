package io.sanshen.diag;

import java.util.Objects;

/** A user-facing sentence in Chinese and English. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    public Text append(Text other) {
        return new Text(zh + other.zh, en + " " + other.en);
    }
}
