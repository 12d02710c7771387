package io.sanshen.check.pii;

/** What kind of personal information a hit is. */
public enum PiiKind {
    ID_NUMBER("公民身份号码", "resident ID number"),
    MOBILE("手机号码", "mobile number"),
    BANK_CARD("银行卡号", "bank card number"),
    EMAIL("电子邮箱", "e-mail address"),
    HOME_ADDRESS("个人住址", "home address"),
    HEALTH("健康状况", "health condition");

    private final String zh;
    private final String en;

    PiiKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The kind as people name it in Chinese (rule descriptions show this, never the constant's name). */
    public String zh() {
        return zh;
    }

    /** The kind as people name it in English. */
    public String en() {
        return en;
    }
}
