package io.sanshen.check.pii;

import java.util.LinkedHashMap;
import java.util.Map;

/** User-facing texts for every {@link PiiHit#reasonKey()}, in Simplified Chinese and English. */
public final class PiiMessages {
    /** One message: key, Chinese text, English text. */
    public record Message(String key, String zh, String en) {}

    private static final Map<String, Message> MESSAGES = new LinkedHashMap<>();

    static {
        add("pii.id_number", "公民身份号码未脱敏", "unmasked resident ID number");
        add("pii.id_number.list", "公示名单中的公民身份号码未脱敏", "unmasked resident ID number in a published list");
        add("pii.mobile", "手机号码未脱敏，如为个人号码请脱敏", "unmasked mobile number; mask it if it is personal");
        add("pii.mobile.named", "个人手机号码未脱敏", "unmasked mobile number of a named person");
        add("pii.mobile.list", "公示名单中的手机号码未脱敏", "unmasked mobile number in a published list");
        add("pii.bank_card", "个人银行卡号未脱敏", "unmasked personal bank card number");
        add("pii.email", "个人电子邮箱未脱敏", "unmasked personal e-mail address");
        add("pii.home_address", "个人住址未脱敏", "unmasked home address of a named person");
        add("pii.health", "涉及具名个人的健康状况，请脱敏或删除",
                "health condition of a named person; anonymise or remove it");
        add("pii.health.named", "同一句中有具名个人的诊断或健康状况，属敏感个人信息",
                "a diagnosis or health condition in the same sentence as a person's name (sensitive personal information)");
    }

    private PiiMessages() {}

    private static void add(String key, String zh, String en) {
        MESSAGES.put(key, new Message(key, zh, en));
    }

    /** The message for {@code key}; unknown keys are a programming error. */
    public static Message get(String key) {
        Message m = MESSAGES.get(key);
        if (m == null) {
            throw new IllegalArgumentException("unknown PII message key " + key + "; known: " + MESSAGES.keySet());
        }
        return m;
    }

    /** Every key, in a stable order. */
    public static java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(MESSAGES.keySet());
    }
}
