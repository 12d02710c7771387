package io.sanshen.render;

/**
 * Markdown reduced to plain text for the search index, in one pass over the characters: a link or image becomes its
 * text, runs of markup characters ({@code # > * _ ` | ~ -}), HTML tags and white space become spaces. It does what
 * the expression {@link #MARKUP} replaced by {@code " $1 "} did (the search index of 100,000 items spent 2–3 % of a
 * build in it); {@code PlainTextTest} compares the two on random texts.
 */
final class PlainText {
    /** The expression this class replaces, kept for the differential test. */
    static final String MARKUP = "!?\\[([^\\]]*)\\]\\([^)]*\\)|[#>*_`|~\\-]+|<[^>]+>|\\s+";

    private PlainText() {
    }

    /** {@code s} with markup replaced as {@link #MARKUP} with {@code " $1 "} would. */
    static String withoutMarkup(CharSequence s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int linkEnd = c == '!' || c == '[' ? linkEnd(s, c == '!' ? i + 1 : i) : -1;
            if (linkEnd > 0) {
                int open = c == '!' ? i + 1 : i;
                out.append(' ').append(s, open + 1, indexOf(s, ']', open + 1)).append(' ');
                i = linkEnd;
            } else if (isMarkup(c)) {
                while (i < n && isMarkup(s.charAt(i))) {
                    i++;
                }
                out.append("  ");
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) != '>' && indexOf(s, '>', i + 1) > 0) {
                i = indexOf(s, '>', i + 1) + 1;
                out.append("  ");
            } else if (isSpace(c)) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                out.append("  ");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Runs of white space as one space, the ends stripped: {@code \s+} replaced by a space, then {@code strip()}. */
    static String collapseSpaces(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                while (i < s.length() && isSpace(s.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** Where {@code [text](target)} starting with the bracket at {@code open} ends, or -1 when it is not one. */
    private static int linkEnd(CharSequence s, int open) {
        if (open >= s.length() || s.charAt(open) != '[') {
            return -1;
        }
        int close = indexOf(s, ']', open + 1);
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
            return -1;
        }
        int end = indexOf(s, ')', close + 2);
        return end < 0 ? -1 : end + 1;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMarkup(char c) {
        return c == '#' || c == '>' || c == '*' || c == '_' || c == '`' || c == '|' || c == '~' || c == '-';
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
