package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static String withCheck(String first17) {
        return first17 + ResidentId.checkChar(first17);
    }

    @Test
    void acceptsHandVerifiedNumberWithXCheck() {
        // 1101051949123100 2: weighted sum 1*7+1*9+0+1*5+0+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0+0+2*2 = 167,
        // 167 mod 11 = 2 -> 'X'.
        assertThat(ResidentId.isValid("11010519491231002X", TODAY)).isTrue();
        assertThat(ResidentId.checkChar("11010519491231002")).isEqualTo('X');
    }

    @Test
    void acceptsLowerCaseX() {
        assertThat(ResidentId.isValid("11010519491231002x", TODAY)).isTrue();
    }

    @Test
    void acceptsNumberBuiltWithItsOwnCheckDigit() {
        assertThat(ResidentId.isValid(withCheck("32050219800315123"), TODAY)).isTrue();
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThat(ResidentId.isValid("110105194912310021", TODAY)).isFalse();
    }

    @Test
    void rejectsFebruaryThirtieth() {
        assertThat(ResidentId.isValid(withCheck("32050219900230123"), TODAY)).isFalse();
    }

    @Test
    void acceptsLeapDayOnlyInLeapYears() {
        assertThat(ResidentId.isValid(withCheck("32050220000229123"), TODAY)).isTrue();
        assertThat(ResidentId.isValid(withCheck("32050219000229123"), TODAY)).isFalse();
    }

    @Test
    void rejectsBirthDateAfterToday() {
        assertThat(ResidentId.isValid(withCheck("32050220250602123"), TODAY)).isFalse();
    }

    @Test
    void rejectsBirthBefore1900() {
        assertThat(ResidentId.isValid(withCheck("32050218991231123"), TODAY)).isFalse();
    }

    @Test
    void rejectsUnknownProvince() {
        assertThat(ResidentId.isValid(withCheck("99050219800315123"), TODAY)).isFalse();
        assertThat(ResidentId.isValid(withCheck("10050219800315123"), TODAY)).isFalse();
    }

    @Test
    void rejectsZeroPrefecture() {
        assertThat(ResidentId.isValid(withCheck("32000019800315123"), TODAY)).isFalse();
    }

    @Test
    void rejectsXOutsideCheckPosition() {
        assertThat(ResidentId.isValid("1101051949123100X2", TODAY)).isFalse();
    }

    @Test
    void acceptsLegacyFifteenDigitNumberWithRealDate() {
        assertThat(ResidentId.isValid("110105491231002", TODAY)).isTrue();
    }

    @Test
    void rejectsLegacyNumberWithImpossibleDate() {
        assertThat(ResidentId.isValid("110105490230002", TODAY)).isFalse();
    }

    @Test
    void rejectsOtherLengthsAndSeparators() {
        assertThat(ResidentId.isValid("1101051949123100", TODAY)).isFalse();
        assertThat(ResidentId.isValid("110105 19491231002X", TODAY)).isFalse();
    }

    @Test
    void checkCharNeedsSeventeenDigits() {
        assertThatThrownBy(() -> ResidentId.checkChar("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
