package io.sanshen.check.pii;

/** Character classes shared by validators and detectors; full-width digits count as digits. */
final class Digits {
    private Digits() {}

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static int value(char c) {
        return c <= '9' ? c - '0' : c - '０';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Characters that glue into one token: a number inside such a run is not a standalone number. */
    static boolean isWordChar(char c) {
        return isDigit(c) || isAsciiLetter(c) || c == '_';
    }

    /**
     * The digits (and a trailing X) of {@code s} in ASCII, dropping spaces and hyphens used as group separators;
     * {@code null} when anything else occurs.
     */
    static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                b.append((char) ('0' + value(c)));
            } else if (c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                b.append('X');
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        return b.toString();
    }

    static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
