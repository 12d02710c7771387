package io.sanshen.check.pii;

/**
 * Organisation code (组织机构代码, GB 11714-1997): 8 body characters (digits or upper-case letters) and a mod-11 check
 * character (digit or X), written with or without a hyphen before the check ({@code 12345678-9}).
 */
public final class OrganizationCode {
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganizationCode() {}

    public static boolean isValid(CharSequence code) {
        String s = code.toString();
        if (s.length() == 10 && s.charAt(8) == '-') {
            s = s.substring(0, 8) + s.charAt(9);
        }
        if (s.length() != 9) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (value(s.charAt(i)) < 0) {
                return false;
            }
        }
        return s.charAt(8) == checkChar(s.substring(0, 8));
    }

    /** The check character for an 8-character body. */
    public static char checkChar(CharSequence body) {
        if (body.length() != 8) {
            throw new IllegalArgumentException("need 8 characters: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = value(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a GB 11714 character: " + body.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
    }
}
