package io.sanshen.check.rules;

import io.sanshen.check.pii.MaskingStyle;
import io.sanshen.check.pii.PiiKind;
import io.sanshen.config.ChecksConfig;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link MaskingStyle} from {@code checks.masking} ({@code id: "4,4"}, {@code mobile: "3,4"},
 * {@code health: off} …) and {@code checks.mask-char}; entries it cannot read keep the default and are reported.
 */
public final class MaskingStyles {
    private static final Pattern KEEP = Pattern.compile("\\s*(\\d{1,2})\\s*[,，]\\s*(\\d{1,2})\\s*");
    private static final Map<String, PiiKind> KEYS = Map.ofEntries(
            Map.entry("id", PiiKind.ID_NUMBER), Map.entry("id-number", PiiKind.ID_NUMBER),
            Map.entry("身份证", PiiKind.ID_NUMBER), Map.entry("mobile", PiiKind.MOBILE),
            Map.entry("phone", PiiKind.MOBILE), Map.entry("手机", PiiKind.MOBILE),
            Map.entry("bank-card", PiiKind.BANK_CARD), Map.entry("bank", PiiKind.BANK_CARD),
            Map.entry("银行卡", PiiKind.BANK_CARD), Map.entry("email", PiiKind.EMAIL),
            Map.entry("邮箱", PiiKind.EMAIL), Map.entry("address", PiiKind.HOME_ADDRESS),
            Map.entry("住址", PiiKind.HOME_ADDRESS), Map.entry("health", PiiKind.HEALTH),
            Map.entry("健康", PiiKind.HEALTH));

    private MaskingStyles() {
    }

    public static MaskingStyle of(ChecksConfig checks) {
        return parse(checks, new ArrayList<>());
    }

    /** Messages for every {@code checks.masking} entry or mask character that was not understood. */
    public static List<Text> problems(ChecksConfig checks) {
        List<Text> problems = new ArrayList<>();
        parse(checks, problems);
        return problems;
    }

    private static MaskingStyle parse(ChecksConfig checks, List<Text> problems) {
        MaskingStyle style = MaskingStyle.defaults();
        try {
            style = style.withMaskChar(checks.maskChar());
        } catch (IllegalArgumentException e) {
            problems.add(Text.of("checks.mask-char“" + checks.maskChar() + "”不能是字母、数字或空白，已使用“*”。",
                    "checks.mask-char '" + checks.maskChar() + "' must be a symbol; using '*'."));
        }
        for (Map.Entry<String, String> e : checks.masking().entrySet()) {
            PiiKind kind = KEYS.get(e.getKey().strip().toLowerCase(Locale.ROOT));
            String value = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            Matcher m = KEEP.matcher(value);
            if (kind == null) {
                problems.add(Text.of("checks.masking 中的“" + e.getKey() + "”不是可脱敏的信息类型（可用：id、mobile、bank-card、email、address、health）。",
                        "checks.masking key '" + e.getKey() + "' is not a kind (use id, mobile, bank-card, email, address, health)."));
            } else if (value.equals("off") || value.equals("none") || value.equals("false")) {
                style = style.withRule(kind, null);
            } else if (m.matches()) {
                style = style.withRule(kind, new MaskingStyle.Rule(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } else {
                problems.add(Text.of("checks.masking." + e.getKey() + " 的值“" + e.getValue() + "”应写作“保留前几位,保留后几位”，如“4,4”，或 off。",
                        "checks.masking." + e.getKey() + " value '" + e.getValue() + "' must be 'keep-first,keep-last' like '4,4', or off."));
            }
        }
        return style;
    }
}
