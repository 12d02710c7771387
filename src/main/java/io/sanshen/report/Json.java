package io.sanshen.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer for maps (in insertion order), lists, strings, numbers and booleans, pretty-printed with two
 * spaces so output is stable and diffable. Enough for reports; no dependency needed.
 */
final class Json {
    private Json() {
    }

    static void write(Object value, Appendable out) throws IOException {
        write(value, out, 0);
        out.append('\n');
    }

    private static void write(Object value, Appendable out, int depth) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            container(out, depth, '{', '}', map.entrySet().stream().toList(), (e, d) -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                string(entry.getKey().toString(), out);
                out.append(": ");
                write(entry.getValue(), out, d);
            });
        } else if (value instanceof List<?> list) {
            container(out, depth, '[', ']', list, (e, d) -> write(e, out, d));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private interface ElementWriter {
        void write(Object element, int depth) throws IOException;
    }

    private static void container(Appendable out, int depth, char open, char close, List<?> elements,
                                  ElementWriter writer) throws IOException {
        out.append(open);
        if (elements.isEmpty()) {
            out.append(close);
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
            writer.write(elements.get(i), depth + 1);
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }

    static void string(String s, Appendable out) throws IOException {
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
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
