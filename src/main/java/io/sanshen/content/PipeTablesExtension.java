package io.sanshen.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Flexmark's GFM tables, with its paragraph pre-processor only consulted for paragraphs that contain a pipe. The
 * stock pre-processor compiles a pattern for every document and runs the inline parser over every paragraph; a
 * table row always has a {@code |}, and most paragraphs of a government site have none.
 */
final class PipeTablesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private final TablesExtension tables = TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new PipeGuard(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    private record PipeGuard(ParagraphPreProcessorFactory stock) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor[] created = new ParagraphPreProcessor[1];
            return (paragraph, parserState) -> {
                if (paragraph.getChars().indexOf('|') < 0) {
                    return 0;
                }
                if (created[0] == null) {
                    created[0] = stock.apply(state);
                }
                return created[0].preProcessBlock(paragraph, parserState);
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return stock.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return stock.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return stock.affectsGlobalScope();
        }
    }
}
