package io.sanshen.check.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    @Test
    void foldsFullWidthAndCaseToHalfWidthLowerCase() {
        assertThat(normalizer.normalizeTerm("ＡＢＣ１２３")).isEqualTo("abc123");
        assertThat(normalizer.normalizeTerm("Hello")).isEqualTo("hello");
    }

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(normalizer.normalizeTerm("再接再勵")).isEqualTo("再接再励");
        assertThat(normalizer.normalizeTerm("中華人民共和國國務院")).isEqualTo("中华人民共和国国务院");
    }

    @Test
    void dropsNoiseBetweenCharacters() {
        assertThat(normalizer.normalizeTerm("再 接\u3000再*励")).isEqualTo("再接再励");
        assertThat(normalizer.normalizeTerm("再\u200B接·再_励")).isEqualTo("再接再励");
        assertThat(normalizer.normalizeTerm("再-接|再/励★")).isEqualTo("再接再励");
        assertThat(normalizer.normalizeTerm("“再接再励”")).isEqualTo("再接再励");
    }

    @Test
    void keepsClausePunctuationAsARealBoundary() {
        assertThat(normalizer.normalizeTerm("办法。轮流")).isEqualTo("办法。轮流");
        assertThat(normalizer.normalizeTerm("中共中央、国务院")).isEqualTo("中共中央、国务院");
        assertThat(normalizer.normalizeTerm("甲，乙（丙）")).isEqualTo("甲,乙(丙)");
    }

    @Test
    void keepsTheGapBetweenLatinWords() {
        assertThat(normalizer.normalizeTerm("ABC  DEF")).isEqualTo("abc def");
        assertThat(normalizer.normalizeTerm("f*a*l")).isEqualTo("fal");
    }

    @Test
    void turnsABlankLineIntoAParagraphBoundaryButJoinsASoftLineBreak() {
        assertThat(normalizer.normalizeTerm("再接\n再厉")).isEqualTo("再接再厉");
        assertThat(normalizer.normalizeTerm("再接\n\n再厉")).isEqualTo("再接\n再厉");
    }

    @Test
    void dropsEmojiBetweenCharacters() {
        assertThat(normalizer.normalizeTerm("再\uD83D\uDE00接")).isEqualTo("再接");
    }

    @Test
    void mapsEveryNormalizedCharBackToItsOriginalIndex() {
        NormalizedText text = normalizer.normalize("我 们*要");
        assertThat(text.toString()).isEqualTo("我们要");
        assertThat(text.originalIndex(0)).isZero();
        assertThat(text.originalIndex(1)).isEqualTo(2);
        assertThat(text.originalIndex(2)).isEqualTo(4);
        assertThat(text.originalEnd(3)).isEqualTo(5);
    }

    @Test
    void reportsNoiseChars() {
        assertThat(normalizer.isNoise(' ')).isTrue();
        assertThat(normalizer.isNoise('*')).isTrue();
        assertThat(normalizer.isNoise('\u200B')).isTrue();
        assertThat(normalizer.isNoise('。')).isFalse();
        assertThat(normalizer.isNoise('国')).isFalse();
        assertThat(normalizer.canonical('Ａ')).isEqualTo('a');
        assertThat(normalizer.canonical('國')).isEqualTo('国');
    }
}
