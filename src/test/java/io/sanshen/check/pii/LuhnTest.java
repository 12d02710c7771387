package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuhnTest {
    @Test
    void acceptsWellKnownVisaTestNumber() {
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
    }

    @Test
    void acceptsClassicExample79927398713() {
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void rejectsChangedDigit() {
        assertThat(Luhn.isValid("4111111111111112")).isFalse();
    }

    @Test
    void rejectsNonDigitsAndSingleDigits() {
        assertThat(Luhn.isValid("4111-1111-1111-1111")).isFalse();
        assertThat(Luhn.isValid("0")).isFalse();
    }
}
