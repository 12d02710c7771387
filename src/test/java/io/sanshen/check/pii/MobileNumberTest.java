package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileNumberTest {
    @Test
    void acceptsAllocatedPrefixes() {
        assertThat(MobileNumber.isValid("13800138000")).isTrue();
        assertThat(MobileNumber.isValid("19912345678")).isTrue();
        assertThat(MobileNumber.isValid("16612345678")).isTrue();
    }

    @Test
    void rejectsUnallocatedPrefixes() {
        assertThat(MobileNumber.isValid("12012345678")).isFalse();
        assertThat(MobileNumber.isValid("14012345678")).isFalse();
        assertThat(MobileNumber.isValid("19412345678")).isFalse();
        assertThat(MobileNumber.isValid("10012345678")).isFalse();
    }

    @Test
    void acceptsCountryCodeSpellings() {
        assertThat(MobileNumber.isValid("+8613800138000")).isTrue();
        assertThat(MobileNumber.isValid("+86 13800138000")).isTrue();
        assertThat(MobileNumber.isValid("86-13800138000")).isTrue();
        assertThat(MobileNumber.isValid("0086 138 0013 8000")).isTrue();
    }

    @Test
    void acceptsConsistentGroupSeparators() {
        assertThat(MobileNumber.isValid("138-1234-5678")).isTrue();
        assertThat(MobileNumber.isValid("138 1234 5678")).isTrue();
    }

    @Test
    void rejectsMixedSeparatorsAndWrongLengths() {
        assertThat(MobileNumber.isValid("138-1234 5678")).isFalse();
        assertThat(MobileNumber.isValid("1380013800")).isFalse();
        assertThat(MobileNumber.isValid("138001380001")).isFalse();
    }
}
