package io.sanshen.check.lm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.lm.ConfusableFinder.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfusableFinderTest {
    private final ConfusableFinder finder = ConfusableFinder.standard();

    @ParameterizedTest
    @CsvSource({
            "各部门要自觉接收群众监督。, 接收, 接受",
            "认真布署近期重点工作。, 布署, 部署",
            "要坚恃以人民为中心的发展思想。, 坚恃, 坚持",
            "截止目前，全区已完成任务。, 截止, 截至",
            "要进一步作好宣传工作。, 作好, 做好",
            "该项目已经做为重点。, 做为, 作为",
            "我们要认真的做好各项工作。, 的, 地",
            "现场为群众发方了宣传手册。, 发方, 发放",
            "反映的两个问题，己为群众办理完毕。, 己, 已"})
    void findsTheSlipAndTheWordMeant(String sentence, String written, String meant) {
        List<Hit> hits = finder.find(sentence);
        assertThat(hits).extracting(Hit::written, Hit::suggestion).containsExactly(org.assertj.core.groups.Tuple.tuple(written, meant));
        Hit hit = hits.get(0);
        assertThat(sentence.substring(hit.start(), hit.end())).isEqualTo(written);
        assertThat(hit.evidence()).isGreaterThan(ConfusableFinder.MARGIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "公示期间未收到反映问题。",           // 收到 is right; the model prefers 受到 by frequency alone
            "会议研究制订了实施方案。",           // 制订 a plan is right
            "帮助企业稳订单、拓市场。",
            "工业项目实行“标准地”出让。",         // a particle at the end of a run is no particle
            "先到先得、领完即止。",
            "推动项目尽快落地开工、投产见效。",     // 地 inside a word is no particle
            "采取网上考核、实地抽查、群众评议等形式。",
            "使群众反映的合理诉求和实际困难得以解决。",
            "截至23日凌晨，尚未发现病例。",
            "县政府召开第七次常务会议，研究部署近期工作。"})
    void leavesCorrectTextAlone(String sentence) {
        assertThat(finder.find(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "通过政务公开栏等多种渠道，及时、准确、规范地发布各类政府信息。", // 地 before a verb is adverbial
            "宣传员生动简洁地讲解了法律援助条例。",
            "变被动为主动，不断提升惠民利企能力。",                 // 民力 is seen once in HanLP's corpus
            "我们要认真的研究解决措施。"})                         // 研究 is mostly a verbal noun: 的 may be right
    void partOfSpeechKeepsRightParticlesAndRareWords(String sentence) {
        assertThat(finder.find(sentence)).isEmpty();
    }

    @Test
    void aSwapBetweenWordsOfOnePartOfSpeechIsOnlyAGuess() {
        assertThat(finder.find("今年未收到群众留言、来信。")).allSatisfy(h -> assertThat(h.confident()).isFalse());
        assertThat(finder.find("认真布署近期重点工作。")).singleElement().satisfies(h -> assertThat(h.confident()).isTrue());
        assertThat(finder.find("我们要认真的做好各项工作。")).singleElement().satisfies(h -> assertThat(h.confident()).isTrue());
    }

    @Test
    void reportsPositionsInTheWholeTextAcrossRepeatedRuns() {
        String text = "各部门要自觉接收群众监督。\n另：各部门要自觉接收群众监督。";
        assertThat(finder.find(text)).extracting(Hit::start).containsExactly(text.indexOf("接收"), text.lastIndexOf("接收"));
    }

    @Test
    void ignoresTextWithoutChineseOrConfusables() {
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("在")).isEmpty();
        assertThat(finder.find("abc 123 的 \uFFFF\uD83D\uDE00 地")).isEmpty();
    }
}
