package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.DocMemo;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.pii.Masker;
import io.sanshen.check.pii.PiiHit;
import io.sanshen.check.pii.PiiKind;
import io.sanshen.check.pii.PiiLevel;
import io.sanshen.check.pii.PiiScanner;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * 个人隐私: unmasked personal information in the title, summary, visible body and attachment text, found by
 * {@link PiiScanner}. One instance per kind ({@code privacy.id-number}, {@code privacy.mobile} …) so each can be
 * turned off alone; the scan itself runs once per item and is shared. An item whose title or a heading says
 * 公示/名单/名册 … is a published list, where unmasked numbers are blockers.
 */
public final class PrivacyRule implements Rule {
    private final PiiKind kind;
    private final String id;
    private final DocMemo<List<Finding>> scan;

    public PrivacyRule(CheckContext ctx, PiiKind kind) {
        this.kind = kind;
        this.id = idOf(kind);
        RunResources resources = RunResources.of(ctx);
        this.scan = resources.memo("privacy", () -> new DocMemo<>(doc -> scan(doc, resources)));
    }

    /** {@code privacy.id-number}, {@code privacy.mobile}, {@code privacy.bank-card}, {@code privacy.email}, … */
    public static String idOf(PiiKind kind) {
        return switch (kind) {
            case HOME_ADDRESS -> "privacy.address";
            default -> "privacy." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Text description() {
        return Text.of("未脱敏的个人信息（" + kind.zh() + "）", "Unmasked personal information (" + kind.en() + ")");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        scan.get(doc).stream().filter(f -> f.ruleId().equals(id)).forEach(out);
    }

    private static List<Finding> scan(ItemDocument doc, RunResources resources) {
        PiiScanner scanner = resources.piiScanner();
        Masker masker = new Masker(scanner.policy().maskingStyle());
        String heads = ItemTexts.titleAndHeadings(doc);
        boolean list = scanner.policy().listContextWords().stream().anyMatch(heads::contains);
        List<Finding> out = new ArrayList<>();
        ItemTexts.each(ItemTexts.of(doc, resources), source -> {
            for (PiiHit hit : scanner.scan(source.text(), list)) {
                Severity severity = hit.level() == PiiLevel.BLOCKER ? Severity.BLOCKER : Severity.WARNING;
                out.add(source.finding(idOf(hit.kind()), severity, hit.start(), hit.end(),
                        Text.of(hit.message().zh() + "。", capitalized(hit.message().en()) + "."), fix(masker, hit)));
            }
        });
        return out;
    }

    private static Text fix(Masker masker, PiiHit hit) {
        String masked = masker.maskValue(hit.kind(), hit.value());
        if (hit.kind() == PiiKind.HEALTH && masked.equals(hit.value())) {
            return Text.of("对姓名脱敏（如“张某”），或删去诊断、病情等健康信息。",
                    "Mask the name (as 张某) or remove the diagnosis and other health details.");
        }
        if (masked.equals(hit.value())) {
            return Text.of("删除或改写为不指向具体个人的表述。", "Remove it or reword it so that it names no individual.");
        }
        return Text.of("脱敏为“" + masked + "”（可运行 sanshen mask 自动处理）。",
                "Mask it as '" + masked + "' ('sanshen mask' does it for you).");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
