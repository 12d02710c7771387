package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 发文字号 in the GB/T 9704 form {@code 机关代字〔2026〕3号}: year in 六角括号 〔〕 with four digits, no 第, no
 * leading zeros. A wrong form gets its corrected text as the fix. 命令（令）use {@code …令第3号} and are accepted.
 */
public final class DocNoRule implements Rule {
    public static final String ID = "format.doc-no";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("文号须符合 GB/T 9704：机关代字〔年份〕序号号，年份用六角括号、四位数字，序号不编虚位、不加“第”。",
                "Document numbers follow GB/T 9704: code〔year〕N号 with 六角括号 〔〕, a four-digit year, no padding and no 第.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        String docNo = doc.item().meta().docNo().strip();
        if (docNo.isEmpty() || DocNumber.isCanonical(docNo)) {
            return;
        }
        Optional<DocNumber> parsed = DocNumber.parse(docNo);
        if (parsed.isPresent()) {
            String right = parsed.get().canonical();
            Text problem = DocNumber.problemOf(docNo);
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "doc-no", Text.of("文号“" + docNo + "”格式不规范（" + problem.zh() + "）。",
                    "Document number '" + docNo + "' is not in the standard form (" + problem.en() + ")."),
                    Text.of("改为“" + right + "”。", "Write '" + right + "'.")));
        } else {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "doc-no", Text.of("文号“" + docNo + "”无法识别。",
                    "Document number '" + docNo + "' cannot be read."),
                    Text.of("按“机关代字〔年份〕序号号”填写，如“示政发〔2026〕3号”。", "Write it as code〔year〕N号, e.g. 示政发〔2026〕3号.")));
        }
    }
}
