package io.sanshen.check.pii;

/** What kind of personal information a hit is. */
public enum PiiKind {
    ID_NUMBER, MOBILE, BANK_CARD, EMAIL, HOME_ADDRESS, HEALTH
}
