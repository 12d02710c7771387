package io.sanshen.check.text;

/**
 * A slice of text that is exactly one edit away from a canonical phrase: {@code [start, end)} in original offsets,
 * {@code found} the original slice, {@code canonical} the phrase it should be, {@code kind} the edit.
 */
public record NearMiss(int start, int end, String found, String canonical, Kind kind) {

    /** What is wrong in {@code found} compared with {@code canonical}. */
    public enum Kind {
        /** One char is wrong (中华人民共和国国务院 → 中华人民共和国国务阮). */
        SUBSTITUTION,
        /** One char is missing (中华人民共和国务院). */
        DELETION,
        /** One char too many (全国人民代表大大会). */
        INSERTION,
        /** Two adjacent chars are swapped (社会主义核心值价观). */
        TRANSPOSITION
    }
}
