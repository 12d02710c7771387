package io.sanshen.check.rules;

/** Whether a character is a Chinese character, by range: the body-text rules ask this for every character. */
final class HanChars {
    private HanChars() {
    }

    /** CJK unified ideographs (basic, extension A), compatibility ideographs and 〇; no supplementary planes. */
    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF || c == '〇';
    }
}
