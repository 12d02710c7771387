package io.sanshen.check.pii;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Resident identity number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character; also the 15-digit numbers issued before 1999 (6 + yyMMdd + 3, no check).
 *
 * <p>The region test is deliberately coarse (valid province, non-zero prefecture): the full GB/T 2260 table changes
 * every year and old numbers keep their old codes.
 */
public final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final boolean[] PROVINCES = new boolean[100];

    static {
        int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {71, 71}, {81, 82}};
        for (int[] r : ranges) {
            for (int p = r[0]; p <= r[1]; p++) {
                PROVINCES[p] = true;
            }
        }
    }

    private ResidentId() {}

    /** Valid as of today's date (birth dates in the future are rejected). */
    public static boolean isValid(CharSequence id) {
        return isValid(id, LocalDate.now());
    }

    /** Valid 18-character number (last char digit or X/x) or 15-digit legacy number, birth date not after today. */
    public static boolean isValid(CharSequence id, LocalDate today) {
        String s = Digits.normalize(id);
        if (s == null || s.length() != id.length()) {
            return false;
        }
        if (s.length() == 18) {
            int x = s.indexOf('X');
            return (x < 0 || x == 17) && hasValidRegion(s)
                    && validDate(num(s, 6, 10), num(s, 10, 12), num(s, 12, 14), today)
                    && s.charAt(17) == checkChar(s.substring(0, 17));
        }
        if (s.length() == 15 && s.indexOf('X') < 0) {
            return hasValidRegion(s) && validDate(1900 + num(s, 6, 8), num(s, 8, 10), num(s, 10, 12), today);
        }
        return false;
    }

    /** The MOD 11-2 check character for the first 17 digits. */
    public static char checkChar(CharSequence first17) {
        if (first17.length() != 17 || !Digits.allDigits(first17, 0, 17)) {
            throw new IllegalArgumentException("need 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Digits.value(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** First two digits a province code, prefecture digits not 00. */
    public static boolean hasValidRegion(CharSequence id) {
        if (id.length() < 6 || !Digits.allDigits(id, 0, 6)) {
            return false;
        }
        int province = Digits.value(id.charAt(0)) * 10 + Digits.value(id.charAt(1));
        boolean prefecture = id.charAt(2) != '0' || id.charAt(3) != '0';
        // Hong Kong, Macao and Taiwan residence permits use x10000 / x20000 style codes with 00 prefecture.
        return PROVINCES[province] && (prefecture || province >= 71);
    }

    static boolean validDate(int year, int month, int day, LocalDate today) {
        if (year < 1900 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        return !LocalDate.of(year, month, day).isAfter(today);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
