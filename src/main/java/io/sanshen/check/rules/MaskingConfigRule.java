package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.SiteRule;
import io.sanshen.config.ChecksConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.function.Consumer;

/** {@code checks.masking} and {@code checks.mask-char} entries that could not be read (defaults are used). */
public final class MaskingConfigRule implements SiteRule {
    public static final String ID = "privacy.masking";
    private final ChecksConfig checks;

    public MaskingConfigRule(CheckContext ctx) {
        this.checks = ctx.checks();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("脱敏方式配置错误", "Unreadable masking settings");
    }

    @Override
    public void check(List<ItemDocument> docs, Consumer<Finding> out) {
        for (Text problem : MaskingStyles.problems(checks)) {
            out.accept(Finding.of(ID, Severity.WARNING, SourcePos.file("site-config.yml"), problem,
                    Text.of("按 checks.masking 的说明改正，如 id: \"4,4\"。", "Correct it as documented, e.g. id: \"4,4\".")));
        }
    }
}
