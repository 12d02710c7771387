package io.sanshen.diag;

/** HTML text escaping for the pages Sanshen writes itself (ledger, forms, inspection report), whose text comes from commits and may hold markup. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
