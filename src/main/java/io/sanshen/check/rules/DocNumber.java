package io.sanshen.check.rules;

import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 发文字号 read leniently (any bracket, 第, zero padding, two-digit year), so a wrong form can be reported with its
 * corrected text. GB/T 9704 form: {@code 机关代字〔2026〕3号}; 命令（令）use {@code 机关令第3号}.
 *
 * @param code   机关代字, e.g. 国办发
 * @param year   four-digit year
 * @param number 序号 without padding
 * @param start  offset of the match in the searched text
 * @param end    end offset (exclusive)
 * @param text   the text as written
 */
public record DocNumber(String code, int year, int number, int start, int end, String text) {
    /** Brackets people use instead of 〔〕: [] () （） 【】 ［］ {} and the right ones. */
    private static final String OPEN = "〔\\[(（【［{｛";
    private static final String CLOSE = "〕\\])）】］}｝";
    private static final String TAIL = "\\s*[" + OPEN + "]\\s*(?<year>\\d{2}|\\d{4})\\s*[" + CLOSE
            + "]\\s*(第\\s*)?(?<num>\\d{1,5})\\s*号";
    private static final Pattern LENIENT = Pattern.compile("(?<code>\\p{IsHan}[\\p{IsHan}A-Za-z]{0,11}?)" + TAIL);
    private static final Pattern CANONICAL = Pattern.compile("\\p{IsHan}[\\p{IsHan}A-Za-z]*〔\\d{4}〕[1-9]\\d*号");
    /**
     * A 文号 cited in running text, from the bracket on (where the 机关代字 ends cannot be told from the words before
     * it): at least two letters before it, a four-digit year in brackets, so 小区(12)3号 is no citation.
     */
    private static final Pattern CITED = Pattern.compile("[ \\t\u3000]{0,2}[" + OPEN + "][ \\t]*(?<year>(?:19|20)\\d{2})[ \\t]*["
            + CLOSE + "][ \\t]*(第[ \\t]*)?(?<num>\\d{1,5})[ \\t]*号");
    private static final Pattern ORDER = Pattern.compile("\\p{IsHan}+令第[1-9]\\d*号");

    public static Optional<DocNumber> parse(String s) {
        Matcher m = LENIENT.matcher(s.strip());
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /** A pattern finding, in running text, the numbers of one 机关代字 (so preceding words are not taken as code). */
    static Pattern withCode(String code) {
        return Pattern.compile("(?<code>" + Pattern.quote(code) + ")" + TAIL);
    }

    /** Every number of {@code code} in {@code text}. */
    static List<DocNumber> findAll(Pattern withCode, String text) {
        List<DocNumber> out = new ArrayList<>();
        Matcher m = withCode.matcher(text);
        while (m.find()) {
            out.add(of(m));
        }
        return out;
    }

    /** Every 文号 cited in {@code text} with a four-digit year, in any form: its bracket part, with no code. */
    static List<DocNumber> findCited(String text) {
        List<DocNumber> out = new ArrayList<>();
        Matcher m = CITED.matcher(text);
        while (m.find()) {
            if (m.start() < 2 || !codeLetter(text.charAt(m.start() - 1)) || !codeLetter(text.charAt(m.start() - 2))) {
                continue;
            }
            out.add(new DocNumber("", Integer.parseInt(m.group("year")), Integer.parseInt(m.group("num")), m.start(), m.end(),
                    m.group()));
        }
        return out;
    }

    /** A letter a 机关代字 ends with (checked after the match: a lookbehind would run at every character). */
    private static boolean codeLetter(char c) {
        return Character.isLetter(c) && (c < 128 || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** What is wrong with a written 文号 that {@link #parse} reads but {@link #isCanonical} rejects. */
    static Text problemOf(String s) {
        if (!s.contains("〔") || !s.contains("〕")) {
            return Text.of("年份须用六角括号〔〕", "the year goes in 〔〕");
        }
        if (s.contains("第")) {
            return Text.of("序号前不加“第”", "no 第 before the number");
        }
        if (s.matches(".*〔\\d{2}〕.*")) {
            return Text.of("年份须写全四位", "the year needs four digits");
        }
        return s.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\u3000') ? Text.of("文号中不应有空格", "no spaces inside")
                : Text.of("序号不编虚位（不加前导 0）", "no leading zeros");
    }

    static DocNumber of(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        return new DocNumber(m.group("code"), year < 100 ? 2000 + year : year, Integer.parseInt(m.group("num")),
                m.start(), m.end(), m.group());
    }

    /** True for the GB/T 9704 forms {@code 代字〔YYYY〕N号} and {@code …令第N号}. */
    public static boolean isCanonical(String s) {
        return CANONICAL.matcher(s).matches() || ORDER.matcher(s).matches();
    }

    public String canonical() {
        return code + "〔" + year + "〕" + number + "号";
    }
}
