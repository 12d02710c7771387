package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialCreditCodeTest {
    @Test
    void acceptsPublishedExampleCode() {
        assertThat(SocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(SocialCreditCode.checkChar("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void checksEmbeddedOrganizationCode() {
        assertThat(SocialCreditCode.isValidWithOrganizationCode("91350100M000100Y43")).isTrue();
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(SocialCreditCode.isValid("91350100M000100Y44")).isFalse();
    }

    @Test
    void rejectsLettersOutsideTheAlphabet() {
        String withI = "91350100I000100Y4";
        assertThat(SocialCreditCode.isValid(withI + "3")).isFalse();
        assertThat(SocialCreditCode.isValid("91350100M000100S43")).isFalse();
    }

    @Test
    void rejectsResidentIdThatOnlyLooksLikeACode() {
        assertThat(SocialCreditCode.isValid("11010519491231002X")).isFalse();
    }

    @Test
    void rejectsWrongLength() {
        assertThat(SocialCreditCode.isValid("91350100M000100Y4")).isFalse();
    }
}
