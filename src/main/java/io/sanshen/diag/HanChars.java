package io.sanshen.diag;

/**
 * Whether a character is a Chinese character, by range: the one definition the text rules, the PII detectors and the
 * language model share (each kept its own before, and they disagreed on 〇 and the compatibility ideographs).
 */
public final class HanChars {
    private HanChars() {
    }

    /**
     * CJK unified ideographs (basic block, extension A), CJK compatibility ideographs and 〇 (ideographic zero, used in
     * dates: 二〇二四年). Supplementary planes (extension B on) need two chars and are not recognised here; texts of
     * government portals keep to the BMP.
     */
    public static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF || c == '〇';
    }
}
