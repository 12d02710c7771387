package io.sanshen.content.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kind of file an attachment really is, as told by its bytes; each with the file name extensions it may carry. */
public enum AttachmentType {
    PDF("pdf"),
    /** OFD (GB/T 33190): a ZIP package whose root holds OFD.xml. */
    OFD("ofd"),
    DOCX("docx", "docm", "dotx", "dotm"),
    XLSX("xlsx", "xlsm", "xltx", "xltm"),
    PPTX("pptx", "pptm"),
    DOC("doc", "dot"),
    XLS("xls", "xlt"),
    PNG("png"),
    JPEG("jpg", "jpeg", "jpe", "jfif"),
    GIF("gif"),
    WEBP("webp"),
    HEIC("heic", "heif"),
    ZIP("zip"),
    /** SVG graphics: XML that a browser runs scripts in when opened from the site. */
    SVG("svg", "svgz"),
    /** Web pages and XML documents: a browser runs their scripts (or stylesheets that make some). */
    MARKUP("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "xml", "xsl", "xslt"),
    OTHER;

    private final List<String> extensions;

    AttachmentType(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** Text formats a browser executes; they have no magic bytes, so their name decides how they are served. */
    public boolean isScriptable() {
        return this == SVG || this == MARKUP;
    }

    /** Lower-case extensions without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP || this == HEIC;
    }

    /** The type a file name claims; {@link #OTHER} when the extension is missing or unknown. */
    public static AttachmentType fromFileName(String name) {
        String ext = extension(name);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst().orElse(OTHER);
    }

    /** Lower-case extension of a file name without the dot, or "" when there is none. */
    public static String extension(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
