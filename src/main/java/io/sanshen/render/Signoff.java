package io.sanshen.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 落款 of a 公文 (GB/T 9704): the issuing organ and the date that close the document stand to the right. Marks
 * the date paragraph ({@code 2026年4月21日}, alone in its paragraph, at most two paragraphs such as （此件公开发布）
 * from the end) and the short paragraph just before it (the organ) with class {@code signoff}.
 */
final class Signoff {
    /** Organ paragraph (short, no sentence end), date paragraph, then up to two paragraphs before the end. */
    private static final Pattern TAIL = Pattern.compile(
            "(?:<p>([^<。；：]{2,40})</p>\\n)?<p>(\\d{4}年\\d{1,2}月\\d{1,2}日)</p>\\n((?:<p>[^\\n]{0,80}</p>\\n){0,2})$");
    /** Only the end of a body is searched: a 落款 sits there, and the regex stays cheap on long pages. */
    private static final int TAIL_CHARS = 400;

    private Signoff() {
    }

    static String mark(String html) {
        int from = Math.max(0, html.length() - TAIL_CHARS);
        if (html.indexOf("日</p>\n", from) < 0) {
            return html; // every match holds its date paragraph's end; most bodies end without one
        }
        Matcher m = TAIL.matcher(html).region(from, html.length());
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 48).append(html, 0, m.start());
        if (m.group(1) != null) {
            out.append("<p class=\"signoff\">").append(m.group(1)).append("</p>\n");
        }
        return out.append("<p class=\"signoff\">").append(m.group(2)).append("</p>\n").append(m.group(3)).toString();
    }
}
