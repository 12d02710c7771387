package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the body's prose that cannot be right: a month or day that does not exist (13月, 2月30日, 2026年2月29日),
 * a day with no month (2025年129日, 于129日), a day without 日 (7月28上午), a weekday that is not the date's
 * (2026年11月29日（星期一）), a date line that lost its 年月日 ({ 2017 6 23). Arabic digits, and Chinese numerals
 * for whole dates (二〇二六年二月三十日); weekdays are checked only when the year is written; 农历 dates are left
 * alone (a lunar month may have 30 days). Warnings: a quoted wrong date (a correction notice) is rare but possible.
 */
public final class DateTextRule implements Rule {
    public static final String ID = "text.date";
    /** A number starts here, not inside another number or a decimal. */
    private static final String START = "(?<![\\d.．])";
    private static final String WEEKDAY = "(?:\\s*[（(]\\s*(?:星期|周)(?<w>[一二三四五六日天])\\s*[）)])?";
    private static final Pattern FULL = Pattern.compile(START + "(?:(?<y>\\d{4})\\s*年\\s*)?(?<m>\\d{1,2})\\s*月\\s*"
            + "(?<d>\\d{1,3})\\s*日" + WEEKDAY);
    /** 二〇二六年二月三十日, the form of a 成文日期. */
    private static final Pattern FULL_CHINESE = Pattern.compile("(?<![〇零一二三四五六七八九十百千万])"
            + "(?:(?<y>[〇零一二三四五六七八九]{4})年)?(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,4})日" + WEEKDAY);
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern YEAR_MONTH = Pattern.compile(START + "\\d{4}\\s*年\\s*(?<m>\\d{1,2})\\s*月(?!\\s*\\d{1,3}\\s*日)");
    /** 2025年129日: the month is missing between year and day. */
    private static final Pattern NO_MONTH = Pattern.compile(START + "\\d{4}\\s*年\\s*\\d{1,4}\\s*日(?!历)");
    /** 于129日, 截至45日: words that introduce a date, before a day number no month has. */
    private static final Pattern LONE_DAY = Pattern.compile("(?<=于|截至|自)\\s*(?<d>\\d{2,4})\\s*日(?!历)");
    /** 7月28上午: a day number followed by a time of day or a sentence mark instead of 日. */
    private static final Pattern NO_DAY_MARK = Pattern.compile(START + "(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})"
            + "(?=上午|下午|中午|晚上|早上|凌晨|傍晚|以前|之前|前|起|[，。；])");
    private static final String WEEKDAYS = "一二三四五六日";
    /** { 2017 6 23: a date line (a 成文日期) whose 年月日 were lost, numbers apart, maybe a stray field mark before. */
    private static final Pattern NO_UNITS = Pattern.compile("(?m)^[ \\t\u3000]*[{}\\[\\]<>|]?[ \\t\u3000]*"
            + "(?<y>(?:19|20)\\d{2})[ \\t\u3000]+(?<m>\\d{1,2})[ \\t\u3000]+(?<d>\\d{1,2})[ \\t\u3000]*$");
    private final RunResources resources;

    public DateTextRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中不存在或残缺的日期：月份、日期超出范围（2月30日、13月），缺月份或缺“日”，星期与日期不符，丢了年月日的日期行。",
                "Dates in the body that cannot exist or are garbled: month or day out of range (2月30日, 13月), a missing"
                        + " month or 日, a weekday that is not the date's, a date line that lost its 年月日.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        for (Matcher m = NO_UNITS.matcher(text); m.find(); ) {
            int day = Integer.parseInt(m.group("d"));
            if (validMonth(m) && day >= 1 && day <= 31) {
                report(body, m, Text.of("日期缺少“年”“月”“日”", "年, 月 and 日 are missing"), out);
            }
        }
        if (text.indexOf('月') < 0 && text.indexOf('日') < 0) {
            return;
        }
        for (Pattern full : new Pattern[] {FULL, FULL_CHINESE}) {
            for (Matcher m = full.matcher(text); m.find(); ) {
                Text problem = lunar(text, m.start()) ? null : fullDateProblem(m);
                if (problem != null) {
                    report(body, m, problem, out);
                }
            }
        }
        Matcher m;
        for (m = YEAR_MONTH.matcher(text); m.find(); ) {
            if (!validMonth(m)) {
                report(body, m, Text.of("月份 " + m.group("m") + " 不存在", "month " + m.group("m") + " does not exist"), out);
            }
        }
        for (m = NO_MONTH.matcher(text); m.find(); ) {
            report(body, m, Text.of("缺少月份", "the month is missing"), out);
        }
        for (m = LONE_DAY.matcher(text); m.find(); ) {
            if (Integer.parseInt(m.group("d")) > 31) {
                report(body, m, Text.of("日期 " + m.group("d") + " 日不存在，缺少月份", "day " + m.group("d") + " does not exist; the month is missing"), out);
            }
        }
        for (m = NO_DAY_MARK.matcher(text); m.find(); ) {
            int day = Integer.parseInt(m.group("d"));
            if (validMonth(m) && day >= 1 && day <= 31) {
                report(body, m, Text.of("日期后缺少“日”", "日 is missing after the day"), out);
            }
        }
    }

    private static Text fullDateProblem(Matcher m) {
        if (!validMonth(m)) {
            return Text.of("月份 " + m.group("m") + " 不存在", "month " + m.group("m") + " does not exist");
        }
        int month = number(m.group("m"));
        int day = number(m.group("d"));
        // without a year, 2月29日 may be a leap day: judge it in a leap year
        int year = m.group("y") != null ? number(m.group("y")) : 2024;
        if (year < 1 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Text.of(m.group("y") != null ? year + " 年 " + month + " 月没有 " + day + " 日" : month + " 月没有 " + day + " 日",
                    (m.group("y") != null ? year + "-" : "") + "month " + month + " has no day " + day);
        }
        if (m.group("y") != null && m.group("w") != null) {
            DayOfWeek actual = LocalDate.of(year, month, day).getDayOfWeek();
            int written = Math.max(WEEKDAYS.indexOf(m.group("w")), m.group("w").equals("天") ? 6 : -1) + 1;
            if (written != actual.getValue()) {
                String name = "星期" + WEEKDAYS.charAt(actual.getValue() - 1);
                return Text.of("该日是" + name + "，不是星期" + m.group("w"), "that day is a " + actual.name().charAt(0)
                        + actual.name().substring(1).toLowerCase() + " (" + name + ")");
            }
        }
        return null;
    }

    /** 农历2月30日 exists: lunar months have 30 days. */
    private static boolean lunar(String text, int start) {
        String before = text.substring(Math.max(0, start - 4), start);
        return before.contains("农历") || before.contains("阴历");
    }

    private static boolean validMonth(Matcher m) {
        int month = number(m.group("m"));
        return month >= 1 && month <= 12;
    }

    /** Arabic digits, or Chinese numerals as dates write them (二〇二六, 十二, 三十一); -1 for 三十二十 and the like. */
    private static int number(String s) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        String digits = s.replace('零', '〇');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            int n = 0;
            for (char c : digits.toCharArray()) {
                n = n * 10 + DIGITS.indexOf(c);
            }
            return n;
        }
        String tens = digits.substring(0, ten);
        String ones = digits.substring(ten + 1);
        if (tens.length() > 1 || ones.length() > 1 || ones.equals("十")) {
            return -1;
        }
        return (tens.isEmpty() ? 1 : DIGITS.indexOf(tens.charAt(0))) * 10 + (ones.isEmpty() ? 0 : DIGITS.indexOf(ones.charAt(0)));
    }

    private static void report(ItemTexts.Source body, Matcher m, Text problem, Consumer<Finding> out) {
        String date = m.group().strip();
        out.accept(body.finding(ID, Severity.WARNING, m.start() + leadingSpace(m.group()), m.end(),
                Text.of("日期“" + date + "”有误：" + problem.zh() + "。", "Date '" + date + "' is wrong: " + problem.en() + "."),
                Text.of("按原件核对年、月、日和星期。", "Check year, month, day and weekday against the original.")));
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
