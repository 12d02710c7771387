package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.HanChars;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * Garbled characters (乱码) in Chinese prose: what is left when text passes through the wrong encoding — a circled
 * numeral ③ pasted from Word through Windows-1252 comes out as ƒ, GBK read as Latin-1 as ÖÐÎÄ — or a character
 * that could not be read at all (U+FFFD, private-use code points of a missing font). Only letters of the Latin-1 and
 * Latin Extended blocks count, and only next to a Chinese character with no Latin letter beside them: pinyin and
 * foreign names (Běijīng, Café) are words of their own, and ·, °, ×, ± are symbols that belong in text. Warnings.
 */
public final class GarbledTextRule implements Rule {
    public static final String ID = "text.garbled";
    private final RunResources resources;

    public GarbledTextRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中的乱码字符（如序号③变成“ƒ”、无法识别的字符“\uFFFD”）。",
                "Garbled characters in the text (③ turned into 'ƒ', the unreadable '\uFFFD').");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        for (int i = 0; i < text.length(); i++) {
            if (!garbled(text, i)) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && garbled(text, end)) {
                end++;
            }
            String shown = text.substring(i, end);
            out.accept(body.finding(ID, Severity.WARNING, i, end,
                    Text.of("“" + shown + "”是乱码字符。", "'" + shown + "' is garbled text."),
                    Text.of("对照原稿改正（常见于从其他文档复制的序号、符号）。",
                            "Correct it from the original (often a numbering sign or symbol copied from another document).")));
            i = end - 1;
        }
    }

    /** Whether text[i] is a garbled character: unreadable, or a stray Latin letter touching Chinese text. */
    private static boolean garbled(String text, int i) {
        char c = text.charAt(i);
        if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF' || c >= '\u0080' && c <= '\u009F') {
            return true;
        }
        if (!strayLetter(c)) {
            return false;
        }
        int from = i;
        while (from > 0 && strayLetter(text.charAt(from - 1))) {
            from--;
        }
        int to = i + 1;
        while (to < text.length() && strayLetter(text.charAt(to))) {
            to++;
        }
        char before = from > 0 ? text.charAt(from - 1) : ' ';
        char after = to < text.length() ? text.charAt(to) : ' ';
        boolean touchesChinese = HanChars.isHan(before) || HanChars.isHan(after)
                || chineseMarkOrNumber(before) && chineseMarkOrNumber(after);
        return touchesChinese && !asciiLetter(before) && !asciiLetter(after);
    }

    /** A letter of Latin-1 Supplement or Latin Extended-A/B (À…ɏ, with ƒ), not × or ÷. */
    private static boolean strayLetter(char c) {
        return c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
    }

    /** Full-width and CJK punctuation (；、。), circled numbers (①④): the marks around a numbering sign. */
    private static boolean chineseMarkOrNumber(char c) {
        return c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF' || c >= '\u2460' && c <= '\u24FF';
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
