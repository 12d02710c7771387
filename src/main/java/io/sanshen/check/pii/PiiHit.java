package io.sanshen.check.pii;

import java.util.Objects;

/**
 * One piece of personal information found in a text: {@code [start, end)} are char offsets into the scanned text,
 * {@code value} is exactly that slice, {@code reasonKey} names a message in {@link PiiMessages}.
 */
public record PiiHit(int start, int end, PiiKind kind, String value, PiiLevel level, String reasonKey) {
    public PiiHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reasonKey, "reasonKey");
        if (start < 0 || end <= start || end - start != value.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + value);
        }
    }

    /** The bilingual message for {@link #reasonKey()}. */
    public PiiMessages.Message message() {
        return PiiMessages.get(reasonKey);
    }
}
