package io.sanshen.content.attachment;

import java.util.Objects;

/**
 * Something in an attachment that a browser would run or fetch when the file is opened from the portal (a script in
 * an SVG, an event handler, a {@code javascript:} link, an external reference), with its place in the file.
 *
 * @param line   1-based line of the element, 0 for the whole file
 * @param column 1-based column of the element's {@code <}, 0 for the whole file
 * @param kind   what was found
 * @param detail the element, attribute or value, language-neutral
 */
public record ActiveContent(int line, int column, Kind kind, String detail) {

    /** What makes the file active, with a bilingual title. */
    public enum Kind {
        SCRIPT("含有脚本元素", "contains a script element"),
        EVENT_HANDLER("含有事件处理属性（on…），打开时会执行脚本", "has an event handler attribute (on…) that runs script"),
        SCRIPT_URL("含有可执行的链接或样式（javascript:、data:text/html 等）",
                "has an executable link or style (javascript:, data:text/html …)"),
        EMBEDDED_HTML("嵌入了网页内容（foreignObject、iframe 等）", "embeds web page content (foreignObject, iframe …)"),
        EXTERNAL_REFERENCE("引用了外部资源", "refers to an external resource"),
        DOCTYPE("含有文档类型或实体声明（DOCTYPE/ENTITY），不予解析", "has a document type or entity declaration (DOCTYPE/ENTITY), not parsed"),
        NOT_SVG("内容不是 SVG 图形", "is not an SVG graphic"),
        MALFORMED("格式错误，无法安全检查", "is malformed and cannot be checked safely"),
        MARKUP_DOCUMENT("是网页或 XML 文件，浏览器打开时会执行其中的脚本",
                "is a web page or XML file, whose scripts a browser would run");

        private final String zh;
        private final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /** Title in Simplified Chinese, or English for {@code "en"}. */
        public String title(String lang) {
            return "en".equalsIgnoreCase(lang) ? en : zh;
        }
    }

    public ActiveContent {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** A finding about the whole file. */
    static ActiveContent document(Kind kind, String detail) {
        return new ActiveContent(0, 0, kind, detail);
    }

    /** One line for people: title and detail. */
    public String message(String lang) {
        return detail.isEmpty() ? kind.title(lang) : kind.title(lang) + " (" + detail + ")";
    }
}
