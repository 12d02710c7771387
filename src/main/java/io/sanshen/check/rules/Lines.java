package io.sanshen.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The body's lines with their start offsets, for rules that look at whole lines (document heads, marks). */
record Lines(List<Line> all) {
    // compiled once: String.replaceAll compiles its pattern on every call, and this runs for every line of every item
    private static final Pattern DECORATION = Pattern.compile("^\\s*(#{1,6}\\s+|>\\s*)*");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]");

    record Line(int start, String text) {
        int end() {
            return start + text.length();
        }

        /** The line without Markdown decoration (heading hashes, quote marks, emphasis) and spaces. */
        String bare() {
            return EMPHASIS.matcher(DECORATION.matcher(text).replaceAll("")).replaceAll("").strip();
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

    /** The first {@code n} lines that hold any text. */
    List<Line> firstNonBlank(int n) {
        return all.stream().filter(l -> !l.text().isBlank()).limit(n).toList();
    }
}
