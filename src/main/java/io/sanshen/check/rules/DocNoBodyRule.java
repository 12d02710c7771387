package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The 文号 printed in the body as this item's own — the document head (a line that is only a 文号) or a sentence
 * about 本通知/本办法 … — must equal the doc-no in the metadata when it has the same 机关代字 and year. Citations of
 * other documents of the same office (《…》（示政发〔2026〕1号）) are not the item's own and are left alone.
 */
public final class DocNoBodyRule implements Rule {
    public static final String ID = "format.doc-no-body";
    private static final Pattern SELF = Pattern.compile("本(通知|文件|意见|办法|决定|方案|规定|细则|公告|通告|批复|函|纪要|报告)[^。；\\n]{0,8}$");
    /** One pattern per 机关代字, compiled once per run (the rule is built per run, so a server keeps none). */
    private final Map<String, Pattern> byCode = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中本文件的文号须与头部信息中的文号一致。",
                "The document number printed in the body must match the doc-no in the front matter.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        Optional<DocNumber> own = DocNumber.parse(doc.item().meta().docNo());
        if (own.isEmpty()) {
            return;
        }
        String body = doc.body();
        Lines lines = Lines.of(body);
        Pattern pattern = byCode.computeIfAbsent(own.get().code(), DocNumber::withCode);
        for (Lines.Line line : lines.all()) {
            for (DocNumber n : DocNumber.findAll(pattern, line.text())) {
                boolean head = line.bare().equals(n.text().strip());
                boolean self = SELF.matcher(line.text().substring(0, n.start())).find();
                boolean differs = n.year() == own.get().year() && !n.text().equals(doc.item().meta().docNo().strip());
                if ((head || self) && differs) {
                    out.accept(doc.finding(ID, Severity.BLOCKER, line.start() + n.start(), line.start() + n.end(),
                            Text.of("正文中的文号“" + n.text() + "”与头部信息的文号“" + doc.item().meta().docNo() + "”不一致。",
                                    "Document number '" + n.text() + "' in the body differs from doc-no '" + doc.item().meta().docNo() + "'."),
                            Text.of("按原件核对，两处统一为正确的文号。", "Check the original and make both the same.")));
                }
            }
        }
    }
}
