package io.sanshen.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

    private static final WordEntry TYPO = WordEntry.of("typos", "再接再励", "再接再厉");

    private final WordMatcher matcher = WordMatcher.of(List.of(TYPO));

    @Test
    void findsATermAtItsExactOriginalOffsets() {
        String text = "我们要再接再励，争取更大成绩。";
        List<WordHit> hits = matcher.find(text);
        assertThat(hits).containsExactly(new WordHit(3, 7, TYPO));
        assertThat(hits.get(0).found(text)).isEqualTo("再接再励");
    }

    @Test
    void findsTermsSplitBySpacesAndSymbols() {
        String text = "我们要再 接 再 励。也要再*接再励";
        List<WordHit> hits = matcher.find(text);
        assertThat(hits).extracting(WordHit::start, WordHit::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 10), org.assertj.core.groups.Tuple.tuple(13, 18));
        assertThat(hits.get(0).found(text)).isEqualTo("再 接 再 励");
        assertThat(hits.get(1).found(text)).isEqualTo("再*接再励");
    }

    @Test
    void findsTraditionalAndFullWidthForms() {
        assertThat(matcher.find("要再接再勵")).extracting(WordHit::start).containsExactly(1);
        WordMatcher latin = WordMatcher.of(List.of(WordEntry.of("banned", "abc", null)));
        assertThat(latin.find("见ＡＢＣ。")).extracting(WordHit::start, WordHit::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 4));
    }

    @Test
    void doesNotMatchAcrossClausePunctuation() {
        assertThat(matcher.find("再接。再励")).isEmpty();
        WordMatcher m = WordMatcher.of(List.of(WordEntry.of("sensitive", "法轮", null)));
        assertThat(m.find("这个办法。轮流值班")).isEmpty();
        assertThat(m.find("这个办法，轮流值班")).isEmpty();
    }

    @Test
    void matchesLatinTermsOnlyAtWordBoundaries() {
        WordMatcher m = WordMatcher.of(List.of(WordEntry.of("banned", "sb", null)));
        assertThat(m.find("插入usb设备")).isEmpty();
        assertThat(m.find("AB CD")).isEmpty();
        assertThat(m.find("你是SB吗")).hasSize(1);
        assertThat(m.find("s*b")).hasSize(1);
    }

    @Test
    void punctuationInsideATermMustBeThere() {
        WordEntry entry = WordEntry.of("nonstandard", "中共中央国务院", "中共中央、国务院");
        WordMatcher m = WordMatcher.of(List.of(entry));
        assertThat(m.find("中共中央国务院印发")).hasSize(1);
        assertThat(m.find("中共中央、国务院印发")).isEmpty();
    }

    @Test
    void reportsLeftmostLongestNonOverlappingHitsPerList() {
        WordEntry shortOne = WordEntry.of("nonstandard", "台湾总统", "台湾地区领导人");
        WordEntry longOne = WordEntry.of("nonstandard", "台湾总统府", "台湾地区领导人办公室");
        WordEntry other = WordEntry.of("sensitive", "总统府", null);
        WordMatcher m = WordMatcher.of(List.of(shortOne, longOne, other));
        List<WordHit> hits = m.find("访问台湾总统府");
        assertThat(hits).containsExactly(new WordHit(2, 7, longOne), new WordHit(4, 7, other));
    }

    @Test
    void reportsEveryListOfATermListedTwice() {
        WordEntry typo = WordEntry.of("typos", "再接再励", "再接再厉");
        WordEntry banned = WordEntry.of("banned", "再接再励", null);
        assertThat(WordMatcher.of(List.of(typo, banned)).find("再接再励")).hasSize(2);
    }

    @Test
    void dropsHitsInsideALongerAllowedPhrase() {
        WordEntry sensitive = WordEntry.of("sensitive", "天安", null);
        WordEntry allowed = WordEntry.of(WordEntry.ALLOW, "天安门", null);
        WordMatcher m = WordMatcher.of(List.of(sensitive, allowed));
        assertThat(m.find("参观天安门")).isEmpty();
        assertThat(m.find("天安保险")).hasSize(1);
    }

    @Test
    void neverFlagsAReplacementThatContainsItsOwnWrongTerm() {
        WordEntry entry = WordEntry.of("nonstandard", "十八大以来", "党的十八大以来");
        WordMatcher m = WordMatcher.of(List.of(entry));
        assertThat(m.find("党的十八大以来，各项事业")).isEmpty();
        assertThat(m.find("十八大以来，各项事业")).containsExactly(new WordHit(0, 5, entry));
    }

    @Test
    void findsNothingInTextSharingOnlyAPrefix() {
        assertThat(matcher.find("再接再")).isEmpty();
        assertThat(matcher.find("再接再厉")).isEmpty();
    }

    @Test
    void rejectsTermsThatNormalizeToOneChar() {
        assertThatThrownBy(() -> WordMatcher.of(List.of(WordEntry.of("typos", "国 ", null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsManyTermsInOnePass() {
        List<WordEntry> entries = List.of(
                WordEntry.of("typos", "按装", "安装"),
                WordEntry.of("typos", "迫不急待", "迫不及待"),
                WordEntry.of("banned", "第一品牌", null));
        String text = "迫不急待地按装了第一品牌的设备";
        assertThat(WordMatcher.of(entries).find(text)).extracting(h -> h.found(text))
                .containsExactly("迫不急待", "按装", "第一品牌");
    }
}
