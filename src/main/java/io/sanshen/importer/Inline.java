package io.sanshen.importer;

/** Inline Markdown the readers share: escaping of document text and emphasis around runs. */
final class Inline {
    private Inline() {}

    /** Document text as literal Markdown: characters that would start markup are escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        String s = b.toString();
        // A line that would read as a list item, heading or quote stays a paragraph.
        return s.matches("^(#|>|[-+] |\\d+[.)] ).*") ? "\\" + s : s;
    }

    /** {@code **text**} / {@code *text*} around a run, leading and trailing spaces kept outside the markers. */
    static String emphasize(String escaped, boolean bold, boolean italic) {
        if ((!bold && !italic) || escaped.isBlank()) {
            return escaped;
        }
        String core = escaped.strip();
        int lead = escaped.indexOf(core);
        String marker = (bold ? "**" : "") + (italic ? "*" : "");
        return escaped.substring(0, lead) + marker + core + new StringBuilder(marker).reverse()
                + escaped.substring(lead + core.length());
    }
}
