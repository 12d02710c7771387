package io.sanshen.render;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that came from untrusted Markdown: no scripts, no event handlers, no inline styles, no hidden
 * elements (the {@code hidden} attribute and hiding classes are dropped), only http/https/mailto/tel and relative
 * links. Only run when the Markdown contained raw HTML; Flexmark's own output needs no cleaning.
 */
final class HtmlSanitizer {
    private static final Set<String> ALLOWED_CLASSES = Set.of("footnote-ref", "footnotes", "footnote-backref");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[a-z0-9+#-]{1,30}");
    private static final String BASE = "https://sanitize.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "abbr", "mark", "del", "ins", "sup", "sub", "caption")
            .addAttributes(":all", "id", "class", "title", "lang")
            .addAttributes("td", "align")
            .addAttributes("th", "align", "scope")
            .addAttributes("a", "rel")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element e : clean.body().select("[class]")) {
            StringBuilder kept = new StringBuilder();
            for (String c : e.classNames()) {
                if (ALLOWED_CLASSES.contains(c) || LANGUAGE_CLASS.matcher(c).matches()) {
                    kept.append(kept.length() == 0 ? "" : " ").append(c);
                }
            }
            if (kept.length() == 0) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept.toString());
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
