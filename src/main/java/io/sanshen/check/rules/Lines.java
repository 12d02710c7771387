package io.sanshen.check.rules;

import java.util.ArrayList;
import java.util.List;

/** The body's lines with their start offsets, for rules that look at whole lines (document heads, marks). */
record Lines(List<Line> all) {

    record Line(int start, String text) {
        int end() {
            return start + text.length();
        }

        /** The line without Markdown decoration (heading hashes, quote marks, emphasis) and spaces. */
        String bare() {
            // a loop, not regexes: this runs for many lines of every item
            int i = skipSpace(text, 0);
            while (i < text.length()) {
                int hashes = 0;
                while (i + hashes < text.length() && text.charAt(i + hashes) == '#') {
                    hashes++;
                }
                if (hashes >= 1 && hashes <= 6 && i + hashes < text.length() && isSpace(text.charAt(i + hashes))) {
                    i = skipSpace(text, i + hashes);
                } else if (text.charAt(i) == '>') {
                    i = skipSpace(text, i + 1);
                } else {
                    break;
                }
            }
            StringBuilder b = new StringBuilder(text.length() - i);
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != '*' && c != '_' && c != '`') {
                    b.append(c);
                }
            }
            return b.toString().strip();
        }

        private static int skipSpace(String s, int i) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            return i;
        }

        /** Markdown's (and regex \s) notion of a space: ASCII only, so 　 (U+3000) indents are text. */
        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
    }

    static Lines of(String body) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                String text = body.substring(start, i);
                out.add(new Line(start, text.endsWith("\r") ? text.substring(0, text.length() - 1) : text));
                start = i + 1;
            }
        }
        return new Lines(out);
    }

    /** The first {@code n} lines of {@code body} that hold any text, without splitting the rest of it. */
    static List<Line> head(String body, int n) {
        List<Line> out = new ArrayList<>(n);
        int start = 0;
        while (out.size() < n && start <= body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String text = body.substring(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end);
            if (!text.isBlank()) {
                out.add(new Line(start, text));
            }
            start = end + 1;
        }
        return out;
    }
}
