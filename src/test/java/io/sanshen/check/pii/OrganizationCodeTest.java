package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationCodeTest {
    @Test
    void acceptsCodeEmbeddedInPublishedCreditCode() {
        assertThat(OrganizationCode.isValid("M000100Y4")).isTrue();
    }

    @Test
    void acceptsHyphenatedSpelling() {
        assertThat(OrganizationCode.isValid("M000100Y-4")).isTrue();
    }

    @Test
    void computesXAndZeroChecks() {
        // 3*1+7*2+9*3+10*4+5*5+8*6+4*7+2*8 = 201, 11 - 201 % 11 = 8
        assertThat(OrganizationCode.checkChar("12345678")).isEqualTo('8');
        assertThat(OrganizationCode.isValid("12345678-8")).isTrue();
    }

    @Test
    void rejectsWrongCheckAndLowerCase() {
        assertThat(OrganizationCode.isValid("12345678-9")).isFalse();
        assertThat(OrganizationCode.isValid("m000100Y4")).isFalse();
    }
}
