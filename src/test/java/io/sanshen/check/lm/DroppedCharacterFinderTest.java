package io.sanshen.check.lm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.lm.DroppedCharacterFinder.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DroppedCharacterFinderTest {
    private final DroppedCharacterFinder finder = DroppedCharacterFinder.standard();

    @ParameterizedTest
    @CsvSource({
            "县里举行项目签约仪现场气氛热烈。, 仪, 仪式",
            "前三季度实现社会品零售总额增长。, 品, 商品"})
    void findsTheStrayAndTheWordItBelongsTo(String sentence, String written, String word) {
        assertThat(finder.find(sentence)).singleElement().satisfies(hit -> {
            assertThat(hit.written()).isEqualTo(written);
            assertThat(hit.word()).isEqualTo(word);
            assertThat(sentence.substring(hit.start(), hit.end())).isEqualTo(written);
            assertThat(hit.evidence()).isGreaterThan(DroppedCharacterFinder.MARGIN);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "市卫健委副主任出席会议。",          // abbreviations: two strays side by side
            "区政办负责同志参加。",
            "市直医疗卫健单位积极开展义诊。",
            "原则上每月召开一次例会。",          // numerals stand alone
            "争取一季度实现开门红。",
            "检查桥梁的数量及分布情况。",        // function words stand alone
            "力争项目早建成、早达效。",
            "全体机关干部职工参加会议。",
            "根据区人民代表大会常务委员会的要求。", // 区 is a word of its own before a body's name
            "全县干职工积极参与志愿服务。",         // so is 干 (177): a dropped 部 is not found
            "本次活动共发放宣传资料一千余份。"})
    void leavesWholeWordsAbbreviationsAndFunctionWordsAlone(String sentence) {
        assertThat(finder.find(sentence)).isEmpty();
    }

    @Test
    void reportsEachRepeatOfARunAtItsOwnPlace() {
        String text = "签约仪现场。\n又：签约仪现场。";
        assertThat(finder.find(text, new DroppedCharacterFinder.Memo())).extracting(Hit::start)
                .containsExactly(text.indexOf('仪'), text.lastIndexOf('仪'));
    }

    @Test
    void ignoresTextWithoutChinese() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("abc 123 \uFFFF\uD83D\uDE00 仪")).isEmpty();
    }
}
