package io.sanshen.check.pii;

import io.sanshen.diag.Text;

/** What kind of personal information a hit is. */
public enum PiiKind {
    ID_NUMBER("公民身份号码", "resident ID number"),
    MOBILE("手机号码", "mobile number"),
    BANK_CARD("银行卡号", "bank card number"),
    EMAIL("电子邮箱", "e-mail address"),
    HOME_ADDRESS("个人住址", "home address"),
    HEALTH("健康状况", "health condition");

    private final Text label;

    PiiKind(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    /** The kind as people name it (rule descriptions show this, never the constant's name). */
    public Text label() {
        return label;
    }
}
