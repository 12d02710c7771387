package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * 索引号 {@code <机构代码>/<年份>-<5位流水号>}, where the code is a 9-character 组织机构代码 or an 18-character 统一社会信用代码.
 */
public final class IndexNoRule implements Rule {
    public static final String ID = "format.index-no";
    static final Pattern FORM = Pattern.compile("([0-9A-Z]{8}-?[0-9X]|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})/(19|20)\\d{2}-\\d{5}");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("索引号须为“机构代码/年份-五位流水号”。", "Index numbers have the form <organization code>/<year>-<5-digit serial>.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        String indexNo = doc.item().meta().indexNo().strip();
        if (!indexNo.isEmpty() && !FORM.matcher(indexNo).matches()) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "index-no", Text.of("索引号“" + indexNo + "”格式不正确。",
                    "Index number '" + indexNo + "' is malformed."),
                    Text.of("写成“统一社会信用代码（18位）或组织机构代码（9位）/年份-五位流水号”，如 11320199014170107R/2026-00001。",
                            "Write <18-character credit code or 9-character organization code>/<year>-<5 digits>, e.g. 11320199014170107R/2026-00001.")));
        }
    }
}
