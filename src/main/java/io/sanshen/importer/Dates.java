package io.sanshen.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 成文日期 as documents write it: 2026年5月22日, or in Chinese numerals 二〇二六年五月二十二日 (the pre-2012 style). */
final class Dates {
    private static final Pattern ARABIC = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern CHINESE = Pattern.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$");
    private static final String DIGITS = "〇一二三四五六七八九";

    private Dates() {}

    static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        try {
            Matcher m = ARABIC.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = CHINESE.matcher(s);
            if (m.matches()) {
                int year = 0;
                for (char c : m.group(1).toCharArray()) {
                    year = year * 10 + digit(c);
                }
                return Optional.of(LocalDate.of(year, number(m.group(2)), number(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int digit(char c) {
        return c == '○' || c == '零' ? 0 : DIGITS.indexOf(c);
    }

    /** 一 … 三十一. */
    private static int number(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
