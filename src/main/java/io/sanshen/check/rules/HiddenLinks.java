package io.sanshen.check.rules;

import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds 暗链 in HTML: {@code <a href>} elements a reader cannot see, because they or an ancestor are hidden by
 * inline style, by a hiding class or the {@code hidden} attribute, or because the link has no text, image or
 * label. Positions come from jsoup's source tracking, as char offsets into the given HTML.
 */
final class HiddenLinks {
    /** One hidden link: the offset of its start tag, its href and why it is invisible. */
    record Hit(int offset, String href, Text reason) {
    }

    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "d-none", "sr-only", "invisible",
            "visually-hidden");
    private static final Pattern DECL = Pattern.compile("([a-zA-Z-]+)\\s*:\\s*([^;]+)");
    private static final Pattern NUMBER = Pattern.compile("^(-?\\d*\\.?\\d+)");
    private static final Map<String, String> NAMED = Map.of("white", "#ffffff", "black", "#000000", "red", "#ff0000",
            "blue", "#0000ff", "green", "#008000", "gray", "#808080", "grey", "#808080", "transparent", "transparent");

    private HiddenLinks() {
    }

    static List<Hit> find(String html) {
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Hit> hits = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            Text reason = reason(a);
            if (reason != null) {
                hits.add(new Hit(a.sourceRange().startPos(), a.attr("href"), reason));
            }
        }
        return hits;
    }

    private static Text reason(Element a) {
        for (Element e = a; e != null && !e.nameIs("body") && !e.nameIs("#root"); e = e.parent()) {
            Text r = hiddenBy(e);
            if (r != null) {
                return e == a ? r : Text.of("其外层 <" + e.tagName() + "> " + r.zh(), "its enclosing <" + e.tagName() + "> " + r.en());
            }
        }
        boolean empty = a.text().isBlank() && a.select("img[src]").isEmpty() && a.attr("aria-label").isBlank()
                && a.attr("title").isBlank();
        return empty ? Text.of("链接没有可见文字", "the link has no visible text") : null;
    }

    private static Text hiddenBy(Element e) {
        if (e.hasAttr("hidden")) {
            return Text.of("带有 hidden 属性", "has the hidden attribute");
        }
        for (String c : e.classNames()) {
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return Text.of("使用隐藏类名“" + c + "”", "uses hiding class '" + c + "'");
            }
        }
        return e.hasAttr("style") ? hiddenByStyle(e.attr("style")) : null;
    }

    static Text hiddenByStyle(String style) {
        Map<String, String> d = new java.util.HashMap<>();
        Matcher m = DECL.matcher(style.toLowerCase(Locale.ROOT));
        while (m.find()) {
            d.put(m.group(1).strip(), m.group(2).replace("!important", "").strip());
        }
        String hit = null;
        if ("none".equals(d.get("display"))) {
            hit = "display:none";
        } else if ("hidden".equals(d.get("visibility")) || "collapse".equals(d.get("visibility"))) {
            hit = "visibility:" + d.get("visibility");
        } else if (isZero(d.get("font-size"))) {
            hit = "font-size:0";
        } else if (isZero(d.get("opacity"))) {
            hit = "opacity:0";
        } else if (isZero(d.get("width")) || isZero(d.get("height")) || isZero(d.get("max-width")) || isZero(d.get("max-height"))) {
            hit = "width/height:0";
        } else if (farOff(d.get("text-indent"))) {
            hit = "text-indent:" + d.get("text-indent");
        } else if (("absolute".equals(d.get("position")) || "fixed".equals(d.get("position")))
                && (farOff(d.get("left")) || farOff(d.get("top")) || farOff(d.get("right")))) {
            hit = "position:" + d.get("position") + " off-screen";
        } else if (d.containsKey("color") && color(d.get("color")).equals(color(background(d)))) {
            hit = "color = background-color";
        }
        return hit == null ? null : Text.of("被内联样式隐藏（" + hit + "）", "is hidden by inline style (" + hit + ")");
    }

    private static String background(Map<String, String> d) {
        String bg = d.getOrDefault("background-color", d.getOrDefault("background", ""));
        return bg.split("\\s+")[0];
    }

    private static boolean isZero(String value) {
        Double v = number(value);
        return v != null && v == 0.0;
    }

    /** Far enough left or up to leave any screen. */
    private static boolean farOff(String value) {
        Double v = number(value);
        return v != null && v <= -500;
    }

    private static Double number(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.strip());
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    /** Colors in one spelling: #abc → #aabbcc, rgb(…) → hex, a few names. */
    static String color(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (NAMED.containsKey(v)) {
            return NAMED.get(v);
        }
        if (v.matches("#[0-9a-f]{3}")) {
            return "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        Matcher rgb = Pattern.compile("rgba?\\((\\d+),(\\d+),(\\d+)(?:,[\\d.]+)?\\)").matcher(v);
        if (rgb.matches()) {
            return String.format("#%02x%02x%02x", Integer.parseInt(rgb.group(1)), Integer.parseInt(rgb.group(2)),
                    Integer.parseInt(rgb.group(3)));
        }
        return v.isEmpty() ? "<none>" : v;
    }
}
