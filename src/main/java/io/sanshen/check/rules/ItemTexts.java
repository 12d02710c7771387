package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Heading;
import io.sanshen.check.DocMemo;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.text.NormalizedText;
import io.sanshen.check.text.TextNormalizer;
import io.sanshen.content.SourceFile;
import io.sanshen.content.attachment.Inspection;
import io.sanshen.content.attachment.TextSegment;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The texts of an item that text rules read, each able to turn an offset into a finding: the visible body (exact
 * file positions), the title and summary (their front matter field), and each attachment segment (the
 * attachment's path, with its locator in the message: 附件 预算表.xlsx Sheet1!B4：…).
 */
final class ItemTexts {
    /** One text and how to report a span of it. */
    interface Source {
        String text();

        /** The text as the dictionary matchers read it; computed once and shared by the word and near-miss scans. */
        NormalizedText normalized();

        Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix);
    }

    private ItemTexts() {
    }

    /** The texts of {@code doc}, built once per item for all the text rules of this run. */
    static List<Source> of(ItemDocument doc, RunResources resources) {
        DocMemo<List<Source>> memo = resources.memo("item-texts", () -> new DocMemo<>(d -> build(d, resources)));
        return memo.get(doc);
    }

    /** The visible body alone, from the same memo, for rules that read only the body's prose. */
    static Source body(ItemDocument doc, RunResources resources) {
        return of(doc, resources).get(0);
    }

    private static List<Source> build(ItemDocument doc, RunResources resources) {
        List<Source> out = new ArrayList<>();
        String body = VisibleText.of(doc.markdown(), doc.body());
        out.add(new Body(doc, body, new Normalized()));
        out.add(new Field(doc, "title", doc.item().meta().title(), new Normalized()));
        out.add(new Field(doc, "summary", doc.item().meta().summary(), new Normalized()));
        for (SourceFile file : doc.item().resources()) {
            Inspection inspection = resources.inspection(file);
            for (TextSegment segment : inspection.segments()) {
                out.add(new Attachment(file, segment, new Normalized()));
            }
        }
        return List.copyOf(out);
    }

    /** A source's normalized text, computed on first use (an item's sources stay on the thread checking it). */
    private static final class Normalized {
        private NormalizedText value;

        NormalizedText of(String text) {
            if (value == null) {
                value = TextNormalizer.standard().normalize(text);
            }
            return value;
        }
    }

    /** The title and the headings, where 公示/名单 … make the whole item a published list. */
    static String titleAndHeadings(ItemDocument doc) {
        StringBuilder b = new StringBuilder(doc.item().meta().title());
        doc.markdown().getDescendants().forEach(n -> {
            if (n instanceof Heading h) {
                b.append('\n').append(h.getText());
            }
        });
        return b.toString();
    }

    private record Body(ItemDocument doc, String text, Normalized norm) implements Source {
        @Override
        public NormalizedText normalized() {
            return norm.of(text);
        }

        @Override
        public Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix) {
            return doc.finding(ruleId, severity, start, end, message, fix);
        }
    }

    private record Field(ItemDocument doc, String name, String text, Normalized norm) implements Source {
        @Override
        public NormalizedText normalized() {
            return norm.of(text);
        }

        @Override
        public Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix) {
            String label = name.equals("title") ? "标题" : "摘要";
            return doc.fieldFinding(ruleId, severity, name, Text.of(label + "中" + message.zh(), "In the " + name + ": " + message.en()), fix);
        }
    }

    private record Attachment(SourceFile file, TextSegment segment, Normalized norm) implements Source {
        @Override
        public NormalizedText normalized() {
            return norm.of(text());
        }

        @Override
        public String text() {
            return segment.text();
        }

        @Override
        public Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix) {
            Text where = Text.of("附件 " + file.fileName() + " " + segment.locator().display("zh") + "：",
                    "Attachment " + file.fileName() + " " + segment.locator().display("en") + ": ");
            return Finding.of(ruleId, severity, SourcePos.file(file.path()),
                    Text.of(where.zh() + message.zh(), where.en() + message.en()), fix);
        }
    }

    /** Runs {@code scan} over every source. */
    static void each(List<Source> sources, Consumer<Source> scan) {
        sources.stream().filter(s -> !s.text().isBlank()).forEach(scan);
    }
}
