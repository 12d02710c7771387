package io.sanshen.review.signature;

/** Why a key is too weak for the review policy, or {@link #NONE}. */
public enum Weakness {
    NONE("", ""),
    RSA_UNDER_3072("RSA 密钥长度不足 3072 位", "RSA key shorter than 3072 bits"),
    DSA("DSA 密钥已不安全，不予接受", "DSA keys are no longer secure and are refused"),
    OTHER_ALGORITHM("该公钥算法不被接受", "this public-key algorithm is not accepted");

    private final String zh;
    private final String en;

    Weakness(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** True when the policy must refuse the key. */
    public boolean isWeak() {
        return this != NONE;
    }

    /** Bilingual explanation; empty texts for {@link #NONE}. */
    public Message message() {
        return new Message("key.weak." + name().toLowerCase(java.util.Locale.ROOT), zh, en);
    }

    static Weakness forRsaBits(int bits) {
        return bits < 3072 ? RSA_UNDER_3072 : NONE;
    }
}
