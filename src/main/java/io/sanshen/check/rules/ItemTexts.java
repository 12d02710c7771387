package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Heading;
import io.sanshen.check.ItemDocument;
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

        Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix);
    }

    private ItemTexts() {
    }

    static List<Source> of(ItemDocument doc, RunResources resources) {
        List<Source> out = new ArrayList<>();
        String body = VisibleText.of(doc.markdown(), doc.body());
        out.add(new Body(doc, body));
        out.add(new Field(doc, "title", doc.item().meta().title()));
        out.add(new Field(doc, "summary", doc.item().meta().summary()));
        for (SourceFile file : doc.item().resources()) {
            Inspection inspection = resources.inspection(file);
            for (TextSegment segment : inspection.segments()) {
                out.add(new Attachment(file, segment));
            }
        }
        return out;
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

    private record Body(ItemDocument doc, String text) implements Source {
        @Override
        public Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix) {
            return doc.finding(ruleId, severity, start, end, message, fix);
        }
    }

    private record Field(ItemDocument doc, String name, String text) implements Source {
        @Override
        public Finding finding(String ruleId, Severity severity, int start, int end, Text message, Text fix) {
            String label = name.equals("title") ? "标题" : "摘要";
            return doc.fieldFinding(ruleId, severity, name, Text.of(label + "中" + message.zh(), "In the " + name + ": " + message.en()), fix);
        }
    }

    private record Attachment(SourceFile file, TextSegment segment) implements Source {
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
