package io.sanshen.importer;

/**
 * One block of an imported document, in reading order: {@code markdown} is what the item's body gets, {@code plain}
 * the text the layout reader matches (发文字号, 成文日期 …). {@code level} is the heading level (1–6) or list depth.
 */
record Block(Kind kind, int level, String markdown, String plain, Align align) {
    enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE, IMAGE }

    enum Align { LEFT, CENTER, RIGHT }

    static Block paragraph(String markdown, String plain, Align align) {
        return new Block(Kind.PARAGRAPH, 0, markdown, plain.strip(), align);
    }

    static Block plainParagraph(String text) {
        return paragraph(Inline.escape(text.strip()), text, Align.LEFT);
    }

    boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }
}
