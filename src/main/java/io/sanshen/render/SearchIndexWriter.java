package io.sanshen.render;

import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The client-side search index: one JSON array of {@code [title, href, date, column, text]} rows, wrapped as a
 * script ({@code search-index.js}) so the search page also works when opened from the file system. Search is by
 * substring, which suits Chinese text without word segmentation.
 */
final class SearchIndexWriter {
    static final int TEXT_CHARS = 160;
    private static final Pattern MARKUP = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)|[#>*_`|~\\-]+|<[^>]+>|\\s+");

    private final SiteContent content;
    private final PageModels models;

    SearchIndexWriter(SiteContent content, PageModels models) {
        this.content = content;
        this.models = models;
    }

    int write(OutputTree out) {
        StringBuilder json = new StringBuilder(content.items().size() * 320 + 64).append("window.SANSHEN_SEARCH=[");
        boolean first = true;
        for (Item item : content.items()) {
            Map<String, Object> card = models.card(item);
            json.append(first ? "\n[" : ",\n[");
            first = false;
            str(json, item.title()).append(',');
            str(json, (String) card.get("href")).append(',');
            str(json, (String) card.get("date")).append(',');
            str(json, item.column().title()).append(',');
            str(json, plainText(item)).append(']');
        }
        json.append("\n];\n");
        out.write("search-index.js", json.toString());
        return 1;
    }

    static String plainText(Item item) {
        String body = item.body();
        String prefix = item.meta().summary().isEmpty() ? "" : item.meta().summary() + " ";
        String text = prefix + MARKUP.matcher(body.length() > 2000 ? body.substring(0, 2000) : body).replaceAll(" $1 ");
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text;
    }

    /** Appends {@code s} as a JSON string; also escapes "<" so the script cannot be closed early. */
    static StringBuilder str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
