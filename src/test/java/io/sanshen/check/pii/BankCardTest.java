package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankCardTest {
    static String card(String payload) {
        return payload + Luhn.checkDigit(payload);
    }

    @Test
    void acceptsUnionPaySixteenAndNineteenDigits() {
        assertThat(BankCard.isValid(card("622202123456789"))).isTrue();
        assertThat(BankCard.isValid(card("621700123456789012"))).isTrue();
    }

    @Test
    void acceptsVisaTestNumberAndGroupedSpelling() {
        assertThat(BankCard.isValid("4111111111111111")).isTrue();
        assertThat(BankCard.isValid("4111 1111 1111 1111")).isTrue();
    }

    @Test
    void acceptsFifteenDigitAmexOnly() {
        assertThat(BankCard.isValid(card("37828224631000"))).isTrue();
        assertThat(BankCard.isValid(card("62220212345678"))).isFalse();
    }

    @Test
    void rejectsLuhnValidNumberWithUnknownIssuer() {
        assertThat(BankCard.isValid(card("123456789012345"))).isFalse();
    }

    @Test
    void rejectsBadChecksumAndBadLength() {
        assertThat(BankCard.isValid("4111111111111112")).isFalse();
        assertThat(BankCard.isValid(card("62220212345678901234"))).isFalse();
    }
}
