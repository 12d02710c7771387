package io.sanshen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanCharsTest {
    @Test
    void countsTheBasicBlockExtensionACompatibilityIdeographsAndIdeographicZero() {
        assertThat("中一龥鿿㐀䶿豈﫿〇".chars()).allSatisfy(c -> assertThat(HanChars.isHan((char) c.intValue())).as("%c", c).isTrue());
    }

    @Test
    void leavesPunctuationDigitsLettersKanaAndHangulOut() {
        assertThat("，。、〔〕《》①ⅠA1５ａあア가\u3006\u4DC0\uFB00".chars())
                .allSatisfy(c -> assertThat(HanChars.isHan((char) c.intValue())).as("%c", c).isFalse());
    }
}
