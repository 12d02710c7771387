package io.sanshen.check.lm;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The confusion set is what its file says it is: same-pinyin groups really share a pinyin in HanLP's table. */
class ConfusionSetTest {
    @Test
    void soundAlikeGroupsShareTheirPinyinApartFromTheTone() {
        HanlpData.load();
        for (ConfusionSet.Group g : ConfusionSet.standard().groups()) {
            assertThat(g.kind()).isIn("音", "形", "助");
            if (g.kind().equals("音")) {
                List<Pinyin> pinyins = HanLP.convertToPinyinList(g.chars());
                assertThat(pinyins).as(g.chars()).extracting(Pinyin::getPinyinWithoutTone).containsOnly(
                        pinyins.get(0).getPinyinWithoutTone());
            }
        }
    }

    @Test
    void everyCharacterOfAGroupHasTheOthersAsAlternatives() {
        ConfusionSet set = ConfusionSet.standard();
        assertThat(set.alternativesOf('地')).contains("的", "得");
        assertThat(set.alternativesOf('收')).isEqualTo("受");
        assertThat(set.alternativesOf('猫')).isNull();
    }
}
