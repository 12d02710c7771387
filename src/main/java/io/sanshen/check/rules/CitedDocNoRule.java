package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 cited in the body (郑人社[2015]33号, 深府（2006）78号, 中农农规字 〔2019〕4号) in a form other than GB/T 9704's
 * 机关代字〔年份〕序号号. Only numbers with a four-digit year in brackets after two letters count as citations. The
 * finding covers the part from the bracket on: where the 机关代字 begins cannot be told from the words before it.
 * Warnings: a text may quote a number as printed elsewhere.
 */
public final class CitedDocNoRule implements Rule {
    public static final String ID = "text.doc-no";
    /** 牟政办发〔201746: the year runs into the serial number, 〕 and 号 lost. */
    private static final Pattern UNCLOSED = Pattern.compile("(?<=\\p{IsHan})〔(?<year>(?:19|20)\\d{2})(?<n>[1-9]\\d{0,3})(?![\\d〕\\]）)])");
    private final RunResources resources;

    public CitedDocNoRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中引用的文号须符合 GB/T 9704：机关代字〔年份〕序号号，用六角括号，不加空格、“第”和虚位，不残缺。",
                "Document numbers cited in the body follow GB/T 9704: code〔year〕N号 with 〔〕, no spaces, no 第, no padding,"
                        + " nothing lost.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        if (body.text().indexOf('〔') >= 0) {
            unclosed(body, out);
        }
        if (body.text().indexOf('号') < 0) {
            return;
        }
        for (DocNumber n : DocNumber.findCited(body.text())) {
            String right = n.canonical();
            if (!n.text().equals(right)) {
                Text problem = DocNumber.problemOf(n.text());
                out.accept(body.finding(ID, Severity.WARNING, n.start(), n.end(),
                        Text.of("引用的文号“…" + n.text().strip() + "”格式不规范（" + problem.zh() + "）。",
                                "Cited document number '…" + n.text().strip() + "' is not in the standard form (" + problem.en() + ")."),
                        Text.of("改为“…" + right + "”，紧接机关代字。", "Write '…" + right + "', right after the issuer code.")));
            }
        }
    }

    private static void unclosed(ItemTexts.Source body, Consumer<Finding> out) {
        for (Matcher m = UNCLOSED.matcher(body.text()); m.find(); ) {
            String right = "〔" + m.group("year") + "〕" + m.group("n") + "号";
            out.accept(body.finding(ID, Severity.WARNING, m.start(), m.end(),
                    Text.of("引用的文号“…" + m.group() + "”残缺（年份后缺少“〕”，序号后缺少“号”）。",
                            "Cited document number '…" + m.group() + "' is broken (no 〕 after the year, no 号)."),
                    Text.of("改为“…" + right + "”。", "Write '…" + right + "'.")));
        }
    }
}
