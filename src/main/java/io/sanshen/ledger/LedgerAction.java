package io.sanshen.ledger;

import io.sanshen.diag.Text;

/** What a ledger row records. */
public enum LedgerAction {
    APPROVE("审核通过", "approved"),
    REJECT("审核不通过", "rejected"),
    PUBLISH("发布", "published"),
    WITHDRAW("撤稿", "withdrawn"),
    DEPLOY("上线", "deployed");

    private final String zh;
    private final String en;

    LedgerAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public Text text() {
        return Text.of(zh, en);
    }

    /** The Chinese label used in the ledger files. */
    public String label() {
        return zh;
    }
}
