package io.sanshen.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissMatcherTest {

    private final NearMissMatcher matcher = NearMissMatcher.of(List.of(
            "中华人民共和国国务院",
            "全国人民代表大会",
            "全国人民代表大会常务委员会",
            "社会主义核心价值观",
            "中国共产党第十九次全国代表大会",
            "中国共产党第二十次全国代表大会",
            "中国共产党第十二次全国代表大会"));

    @Test
    void findsASubstitutedCharWithTheCanonicalFix() {
        String text = "根据中华人民共和国国物院令";
        assertThat(matcher.find(text)).containsExactly(new NearMiss(2, 12, "中华人民共和国国物院", "中华人民共和国国务院",
                NearMiss.Kind.SUBSTITUTION));
    }

    @Test
    void findsAWrongLastCharOnlyWhenTheSliceEndsAtABoundary() {
        assertThat(matcher.find("培育社会主义核心价值关。")).extracting(NearMiss::found, NearMiss::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("社会主义核心价值关", NearMiss.Kind.SUBSTITUTION));
        assertThat(matcher.find("中华人民共和国国务委员")).isEmpty();
    }

    @Test
    void findsAMissingChar() {
        assertThat(matcher.find("中华人民共和国务院发布")).containsExactly(
                new NearMiss(0, 9, "中华人民共和国务院", "中华人民共和国国务院", NearMiss.Kind.DELETION));
    }

    @Test
    void findsAnExtraChar() {
        assertThat(matcher.find("出席全国人民代表大大会")).containsExactly(
                new NearMiss(2, 11, "全国人民代表大大会", "全国人民代表大会", NearMiss.Kind.INSERTION));
    }

    @Test
    void findsTwoSwappedChars() {
        assertThat(matcher.find("践行社会主义核心值价观。")).containsExactly(
                new NearMiss(2, 11, "社会主义核心值价观", "社会主义核心价值观", NearMiss.Kind.TRANSPOSITION));
    }

    @Test
    void reportsOriginalOffsetsAcrossNoise() {
        String text = "要践行 社会主义 核心值价观";
        List<NearMiss> found = matcher.find(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(4);
            assertThat(m.end()).isEqualTo(text.length());
            assertThat(m.found()).isEqualTo("社会主义 核心值价观");
        });
    }

    @Test
    void staysQuietOnTheCorrectPhraseInAnyForm() {
        assertThat(matcher.find("中华人民共和国国务院令")).isEmpty();
        assertThat(matcher.find("中華人民共和國國務院")).isEmpty();
        assertThat(matcher.find("中华人民共和国 国务院")).isEmpty();
        assertThat(matcher.find("社会主义核心价值观和社会主义核心价值体系")).isEmpty();
    }

    @Test
    void staysQuietOnAnotherListedPhraseOneEditAway() {
        assertThat(matcher.find("中国共产党第十九次全国代表大会")).isEmpty();
        assertThat(matcher.find("中国共产党第二十次全国代表大会")).isEmpty();
        assertThat(matcher.find("中国共产党第十二次全国代表大会")).isEmpty();
    }

    @Test
    void staysQuietOnAShorterPhraseInsideALongerOne() {
        assertThat(matcher.find("全国人民代表大会常务委员会")).isEmpty();
        assertThat(matcher.find("全国人民代表大会会议")).isEmpty();
        assertThat(matcher.find("全国人民代表大会代表")).isEmpty();
    }

    @Test
    void staysQuietWhenAnEndDiffersInsideRunningText() {
        assertThat(matcher.find("全国人民代表大队的")).isEmpty();
        assertThat(matcher.find("在省人民代表大会上")).isEmpty();
        assertThat(matcher.find("美国人民代表大会")).isEmpty();
        assertThat(matcher.find("我国人民代表大会制度")).isEmpty();
    }

    @Test
    void leavesLocalCounterpartsOfAMinistryAloneButNotUnderANationalPrefix() {
        NearMissMatcher ministries = NearMissMatcher.of(List.of("人力资源和社会保障部", "住房和城乡建设部"));
        assertThat(ministries.find("长春市人力资源和社会保障局")).isEmpty();
        assertThat(ministries.find("报送区住房和城乡建设局。")).isEmpty();
        assertThat(ministries.find("吉林省人力资源和社会保障厅")).isEmpty();
        assertThat(ministries.find("国家住房和城乡建设局。")).extracting(NearMiss::start, NearMiss::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "住房和城乡建设局"));
        assertThat(ministries.find("市住房和城乡建设都。")).extracting(NearMiss::found).containsExactly("住房和城乡建设都");
    }

    @Test
    void leavesAnotherAdministrativeLevelOfTheSamePlaceAlone() {
        // 海南藏族自治州 (Qinghai) is not 海南省; 吉林市 is not 吉林省: both are real governments
        NearMissMatcher provinces = NearMissMatcher.of(List.of("海南省人民政府", "吉林省人民政府"));
        assertThat(provinces.find("《海南州人民政府办公室关于全面实行行政许可事项清单管理的通知》")).isEmpty();
        assertThat(provinces.find("报吉林市人民政府。")).isEmpty();
        assertThat(provinces.find("海南省人民正府印发")).extracting(NearMiss::found).containsExactly("海南省人民正府");
    }

    @Test
    void leavesAnotherStatuteAloneButNotASlipInTheNationalPrefix() {
        // 中华人民共和国水法 is a law of its own, one char from 中华人民共和国刑法
        NearMissMatcher laws = NearMissMatcher.of(List.of("中华人民共和国刑法", "中华人民共和国教育法"));
        assertThat(laws.find("依据《中华人民共和国水法》、《中华人民共和国体育法》")).isEmpty();
        assertThat(laws.find("依据《中华人民共和国刑发》")).extracting(NearMiss::found).containsExactly("中华人民共和国刑发");
        assertThat(laws.find("依据《中华人民工和国刑法》")).extracting(NearMiss::found).containsExactly("中华人民工和国刑法");
    }

    @Test
    void rejectsShortPhrases() {
        assertThatThrownBy(() -> NearMissMatcher.of(List.of("国务院")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
