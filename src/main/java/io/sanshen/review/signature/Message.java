package io.sanshen.review.signature;

import java.util.Objects;

/**
 * A user-facing message in Simplified Chinese with its English version.
 *
 * @param key stable identifier, for tests and translations
 * @param zh  Simplified Chinese text
 * @param en  English text
 */
public record Message(String key, String zh, String en) {
    public Message {
        Objects.requireNonNull(key);
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }

    static Message of(String key, String zh, String en) {
        return new Message(key, zh, en);
    }

    /** Both languages on one line, for logs and exception texts. */
    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
