package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.config.ChecksConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * 索引号 in the site's form: by default {@code <机构代码>/<年份>-<5位流水号>} (a 9-character 组织机构代码 or an
 * 18-character 统一社会信用代码), or whatever {@code checks.index-no-pattern} says for provinces with their own scheme
 * and content migrated from an older portal.
 */
public final class IndexNoRule implements Rule {
    public static final String ID = "format.index-no";
    private final Pattern form;
    private final boolean defaultForm;

    public IndexNoRule(ChecksConfig checks) {
        this.form = Pattern.compile(checks.indexNoPattern());
        this.defaultForm = checks.defaultIndexNoPattern();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("索引号须为“机构代码/年份-五位流水号”或本站配置的格式。",
                "Index numbers have the form <organization code>/<year>-<5-digit serial>, or the site's configured form.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        String indexNo = doc.item().meta().indexNo().strip();
        if (indexNo.isEmpty() || form.matcher(indexNo).matches()) {
            return;
        }
        if (defaultForm) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "index-no", Text.of("索引号“" + indexNo + "”格式不正确。",
                    "Index number '" + indexNo + "' is malformed."),
                    Text.of("写成“统一社会信用代码（18位）或组织机构代码（9位）/年份-五位流水号”，如 11320199014170107R/2026-00001。",
                            "Write <18-character credit code or 9-character organization code>/<year>-<5 digits>, e.g. 11320199014170107R/2026-00001.")));
            return;
        }
        String pattern = form.pattern();
        out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "index-no",
                Text.of("索引号“" + indexNo + "”不符合本站格式 " + pattern + "（checks.index-no-pattern）。",
                        "Index number '" + indexNo + "' does not match the site's form " + pattern + " (checks.index-no-pattern)."),
                Text.of("按本站索引号格式 " + pattern + " 填写；格式本身有误时请管理员修改 site-config.yml。",
                        "Write it in the site's form " + pattern + "; if the form itself is wrong, an admin changes site-config.yml.")));
    }
}
