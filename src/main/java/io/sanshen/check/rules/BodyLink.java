package io.sanshen.check.rules;

/**
 * One link or image of an item's body: its destination as written, the visible text (alt text for images), and the
 * body offsets of the whole node and of the destination.
 */
public record BodyLink(Kind kind, String url, String text, int start, int end, int urlStart, int urlEnd) {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** How the link was written. */
    public enum Kind { LINK, IMAGE, AUTOLINK }

    /**
     * The destination with Markdown backslash escapes and entities resolved: what the renderer resolves and writes.
     */
    public String target() {
        return com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url);
    }

    /** True for {@code http:} and {@code https:} destinations. */
    public boolean isWeb() {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** True for destinations inside the site: no scheme and not protocol-relative. */
    public boolean isRelative() {
        return !url.isEmpty() && !url.startsWith("//") && !SCHEME.matcher(url).find();
    }
}
