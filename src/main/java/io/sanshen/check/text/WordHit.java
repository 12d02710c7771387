package io.sanshen.check.text;

/**
 * A dictionary term found in a text: {@code [start, end)} are offsets into the ORIGINAL text (UTF-16 chars),
 * spanning from the first to the last matched char, so noise inside the match ("再 * 接再励") is included.
 */
public record WordHit(int start, int end, WordEntry entry) {

    /** The matched slice of the text the hit was found in. */
    public String found(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
