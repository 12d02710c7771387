package io.sanshen.content;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Markdown dialect of the site (CommonMark + tables, footnotes, autolinks, strikethrough, heading ids),
 * shared by the checks and the renderer so both see the same tree. The parser is thread-safe.
 */
public final class Markdown {
    public static final DataHolder OPTIONS = options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private Markdown() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(new PipeTablesExtension(), FootnoteExtension.create(),
                new BareLinkExtension(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        return options.toImmutable();
    }
}
