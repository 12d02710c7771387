package io.sanshen.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer: maps (in insertion order), lists, strings, numbers, booleans and null, either pretty-printed
 * with two spaces (reports: stable and diffable) or on one line (command output). Every string goes through one
 * escaper that always gives valid JSON: quotes, backslashes, control characters, U+2028 and U+2029 are escaped, and
 * an unpaired surrogate (which no UTF-8 text can carry, and strict parsers refuse even escaped) becomes U+FFFD;
 * {@link #scriptString} also escapes "&lt;" so the text can sit inside an HTML script.
 */
public final class Json {
    private Json() {
    }

    /** {@code value} pretty-printed, followed by a newline. */
    public static void pretty(Object value, Appendable out) throws IOException {
        write(value, out, 0, true);
        out.append('\n');
    }

    /** {@code value} on one line, without spaces. */
    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder();
        try {
            write(value, sb, 0, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Appends {@code s} as a JSON string. */
    public static StringBuilder string(StringBuilder out, String s) {
        escape(s, out, false);
        return out;
    }

    /** Appends {@code s} as a JSON string that cannot end an HTML {@code <script>} early ("<" escaped). */
    public static StringBuilder scriptString(StringBuilder out, String s) {
        escape(s, out, true);
        return out;
    }

    private static void write(Object value, Appendable out, int depth, boolean pretty) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2);
            escape(s, sb, false);
            out.append(sb);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            container(out, depth, pretty, '{', '}', map.entrySet().stream().toList(), (e, d) -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                write(entry.getKey().toString(), out, d, pretty);
                out.append(pretty ? ": " : ":");
                write(entry.getValue(), out, d, pretty);
            });
        } else if (value instanceof List<?> list) {
            container(out, depth, pretty, '[', ']', list, (e, d) -> write(e, out, d, pretty));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private interface ElementWriter {
        void write(Object element, int depth) throws IOException;
    }

    private static void container(Appendable out, int depth, boolean pretty, char open, char close, List<?> elements,
                                  ElementWriter writer) throws IOException {
        out.append(open);
        if (elements.isEmpty()) {
            out.append(close);
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            if (pretty) {
                out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
            } else if (i > 0) {
                out.append(',');
            }
            writer.write(elements.get(i), depth + 1);
        }
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(close);
    }

    private static void escape(String s, StringBuilder out, boolean script) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unpaired(s, i)) {
                        out.append("\\ufffd");
                    } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || (script && c == '<')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** True when the char at {@code i} is a surrogate without its other half. */
    private static boolean unpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
