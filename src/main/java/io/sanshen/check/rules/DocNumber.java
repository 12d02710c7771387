package io.sanshen.check.rules;

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
