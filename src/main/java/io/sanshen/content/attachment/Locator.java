package io.sanshen.content.attachment;

import java.util.Map;

/**
 * Where in an attachment a piece of text or a leak is, in terms a reviewer can follow: a page of a PDF, a cell of a
 * spreadsheet, or the n-th paragraph of a word-processing story.
 *
 * <p>Paragraphs are numbered from 1 in document order, counting every paragraph including empty ones and those in
 * table cells, so the number does not move when another paragraph's text changes. {@code part} names the story
 * for paragraphs outside the body ({@code header1}, {@code footer2}, {@code footnote}, {@code endnote},
 * {@code comment}, {@code headerfooter}, {@code textbox}; {@code null} for the body), the package entry for
 * {@link Kind#PART} ({@code word/media/image1.jpeg}), and {@link #COMMENT} on a page or cell whose comment is meant.
 * Unused fields are 0 or {@code null}.
 */
public record Locator(Kind kind, int page, String sheet, String cellRef, int paragraph, String part) {

    /** What the locator points at. */
    public enum Kind { DOCUMENT, PAGE, SHEET, CELL, PARAGRAPH, PART }

    /** {@code part} of a page or cell locator that points at the comment attached there, not at its content. */
    public static final String COMMENT = "comment";

    private static final Map<String, String[]> STORIES = Map.of(
            "header", new String[] {"页眉", "header"},
            "footer", new String[] {"页脚", "footer"},
            "footnote", new String[] {"脚注", "footnote"},
            "endnote", new String[] {"尾注", "endnote"},
            "comment", new String[] {"批注", "comment"},
            "headerfooter", new String[] {"页眉页脚", "header/footer"},
            "textbox", new String[] {"文本框", "text box"});

    /** The whole file, for findings that have no finer place (encryption, macros, metadata). */
    public static Locator document() {
        return new Locator(Kind.DOCUMENT, 0, null, null, 0, null);
    }

    /** Page {@code page}, counted from 1. */
    public static Locator page(int page) {
        return new Locator(Kind.PAGE, page, null, null, 0, null);
    }

    /** A whole worksheet. */
    public static Locator sheet(String sheet) {
        return new Locator(Kind.SHEET, 0, sheet, null, 0, null);
    }

    /** One cell, {@code cellRef} in A1 style. */
    public static Locator cell(String sheet, String cellRef) {
        return new Locator(Kind.CELL, 0, sheet, cellRef, 0, null);
    }

    /** The comment (annotation) attached to a cell. */
    public static Locator cellComment(String sheet, String cellRef) {
        return new Locator(Kind.CELL, 0, sheet, cellRef, 0, COMMENT);
    }

    /** A comment (annotation) on a PDF page. */
    public static Locator pageComment(int page) {
        return new Locator(Kind.PAGE, page, null, null, 0, COMMENT);
    }

    /** Body paragraph {@code paragraph}, counted from 1. */
    public static Locator paragraph(int paragraph) {
        return new Locator(Kind.PARAGRAPH, 0, null, null, paragraph, null);
    }

    /** Paragraph {@code paragraph} of a story other than the body, e.g. {@code header1}. */
    public static Locator paragraph(String story, int paragraph) {
        return new Locator(Kind.PARAGRAPH, 0, null, null, paragraph, story);
    }

    /** An entry inside a ZIP-based package, such as an embedded picture. */
    public static Locator part(String entryName) {
        return new Locator(Kind.PART, 0, null, null, 0, entryName);
    }

    /** Human-readable place; {@code "en"} gives English, anything else Simplified Chinese. */
    public String display(String lang) {
        boolean en = "en".equalsIgnoreCase(lang);
        return switch (kind) {
            case DOCUMENT -> en ? "whole file" : "整个文件";
            case PAGE -> (en ? "page " + page : "第" + page + "页") + commentSuffix(en);
            case SHEET -> en ? "sheet " + sheet : "工作表 " + sheet;
            case CELL -> quotedSheet() + "!" + cellRef + commentSuffix(en);
            case PARAGRAPH -> storyPrefix(en) + (en ? "paragraph " + paragraph : "第" + paragraph + "段");
            case PART -> (en ? "embedded file " : "内嵌文件 ") + part;
        };
    }

    @Override
    public String toString() {
        return display("zh");
    }

    /** Excel quotes sheet names that are not plain words: {@code 'My Sheet'!B4}. */
    private String quotedSheet() {
        return sheet.matches("[\\p{L}\\p{N}_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    private String commentSuffix(boolean en) {
        return COMMENT.equals(part) ? (en ? " (comment)" : "（批注）") : "";
    }

    private String storyPrefix(boolean en) {
        if (part == null) {
            return "";
        }
        String base = part.replaceAll("\\d+$", "");
        String number = part.substring(base.length());
        String[] names = STORIES.get(base);
        if (names == null) {
            return part + (en ? ", " : " ");
        }
        if (number.isEmpty()) {
            return names[en ? 1 : 0] + (en ? ", " : " ");
        }
        return en ? names[1] + " " + number + ", " : names[0] + number + " ";
    }
}
