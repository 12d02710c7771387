package io.sanshen.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of build made an output, in a form machines read: every HTML page carries
 * {@code <meta name="sanshen-build" content="…">} and the output root carries {@link OutputMarker#FILE}. Only
 * {@link #PUBLISH} output may be deployed; the deploy step checks the mark instead of guessing from the pages.
 */
public enum BuildMode {
    /** Approved content only, review required. */
    PUBLISH("publish"),
    /** The work tree with unapproved items watermarked ({@code build --preview}, {@code serve}). */
    PREVIEW("preview"),
    /** The work tree as it is, review skipped ({@code build --no-review}). */
    NO_REVIEW("no-review");

    private static final Pattern HEAD = Pattern.compile("<head(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    private final String id;

    BuildMode(String id) {
        this.id = id;
    }

    /** The word used in the marker file and the meta tag. */
    public String id() {
        return id;
    }

    public static Optional<BuildMode> of(String id) {
        for (BuildMode m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public String metaTag() {
        return "<meta name=\"sanshen-build\" content=\"" + id + "\">";
    }

    /**
     * The page with this mode's meta tag as the first element of its {@code <head>} (site templates are the
     * site's own, so the mark is added here rather than trusted to them); a page without a head gets it first.
     */
    public String mark(String html) {
        Matcher m = HEAD.matcher(html);
        if (!m.find()) {
            return metaTag() + "\n" + html;
        }
        // one copy of the page, not three (two substrings and their concatenation): pages are most of a build's garbage
        String tag = metaTag();
        return new StringBuilder(html.length() + tag.length() + 1).append(html, 0, m.end()).append('\n').append(tag)
                .append(html, m.end(), html.length()).toString();
    }
}
