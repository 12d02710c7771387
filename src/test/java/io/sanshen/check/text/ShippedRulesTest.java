package io.sanshen.check.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated lists shipped in {@code rules/}: they load cleanly, fire on real slips and stay quiet on prose. */
class ShippedRulesTest {

    private static final Path RULES = Path.of("rules");

    /** Ordinary district-government news, written to brush against every list without a single mistake. */
    static final String PROSE = """
            区政府召开第十二次常务会议 部署重点工作

            5月22日上午，区委副书记、区长主持召开区政府第十二次常务会议，传达学习习近平总书记重要讲话精神和\
            中共中央、国务院有关文件精神，研究部署近期重点工作。会议指出，党的十八大以来，全区上下深入学习贯彻\
            习近平新时代中国特色社会主义思想，践行社会主义核心价值观，坚持人民代表大会制度，自觉接受区人民代表大会\
            常务委员会的监督。我国人民代表大会制度是符合我国国情的根本政治制度，要一以贯之坚持好、完善好、运行好。

            会议听取了国家级经济技术开发区建设情况汇报。截至目前，开发区已引进项目四十二个，其中三个项目坐落于\
            滨江片区，预计年底前完成厂房安装调试和竣工验收。会议要求，各部门要按装修标准和施工规范做好配套设施建设，\
            统筹兼顾、因地制宜，确保工程质量。对防汛工作，会议强调要启动最高级别应急响应预案，落实值班值守，\
            做好抢险物资储备，严防次生灾害，确保人民群众生命财产安全。

            会议研究了保密工作和政府信息公开工作。会议指出，要严格执行《中华人民共和国保守国家秘密法》和\
            《中华人民共和国政府信息公开条例》，落实信息发布保密审查制度，涉及个人身份证号码、银行账户等信息\
            一律脱敏处理，防止泄露公民隐私。驻村第一书记要再接再厉，持之以恒推进乡村振兴。

            会议审议了对口合作事项。会议指出，要深化内地与香港、澳门的交流合作，积极参与粤港澳大湾区建设，\
            支持企业赴香港特别行政区参加展会；加强与台湾地区同胞的经贸往来，促进两岸融合发展。会议还研究了\
            东北朝鲜族民俗文化交流活动和吉林市人民政府来访考察的接待方案，要求相关部门精心组织、周密安排。

            会议还通报了一季度经济运行情况。一季度全区地区生产总值同比增长百分之五点八，规模以上工业增加值增长            百分之七点二，社会消费品零售总额增长百分之六点五，固定资产投资保持平稳。会议要求，各部门要对照年度            目标任务，逐项梳理进度，对滞后事项明确责任单位和完成时限，确保全年目标任务如期完成。区发展改革局要            会同区财政局、区统计局加强经济运行监测分析，及时向区委、区政府报告重大情况。

            会议强调，国庆前夕将在区政府广场举行升国旗仪式，全体干部职工面向五星红旗肃立，齐唱国歌。区教育局要\
            组织师生赴北京参观天安门广场和人民英雄纪念碑，开展爱国主义教育。各街道要坚持问题导向，\
            以钉钉子精神抓好落实，既使用好财政资金，又防范债务风险，以优异成绩迎接中华人民共和国成立纪念日。
            """;

    private static TextRules rules;

    @BeforeAll
    static void load() throws IOException {
        rules = TextRules.load(RULES);
    }

    @Test
    void loadsWithoutProblems() {
        assertThat(rules.problems()).isEmpty();
    }

    @Test
    void shipsListsOfTheRequiredSize() throws IOException {
        WordLists lists = WordListLoader.load(RULES);
        assertThat(count(lists, "typos")).isGreaterThanOrEqualTo(200);
        assertThat(count(lists, "nonstandard")).isGreaterThanOrEqualTo(60);
        assertThat(count(lists, "banned")).isGreaterThanOrEqualTo(40);
        assertThat(count(lists, "sensitive")).isZero();
        assertThat(count(lists, WordEntry.ALLOW)).isGreaterThanOrEqualTo(20);
        assertThat(rules.nearMisses().size()).isGreaterThanOrEqualTo(80);
        assertThat(lists.entries()).filteredOn(e -> e.listId().equals("typos"))
                .allSatisfy(e -> assertThat(e.replacement()).isNotBlank());
    }

    @Test
    void ordinaryGovernmentProseProducesNoHits() {
        assertThat(PROSE.length()).isGreaterThan(1000);
        assertThat(rules.words().find(PROSE)).isEmpty();
        assertThat(rules.nearMisses().find(PROSE)).isEmpty();
    }

    @Test
    void findsTyposInAnyFormWithTheirFix() {
        String text = "大家要再 接 再 勵，以身做則，迫不急待地按装设备。";
        List<WordHit> hits = rules.words().find(text);
        assertThat(hits).extracting(h -> h.found(text), h -> h.entry().replacement()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("再 接 再 勵", "再接再厉"),
                org.assertj.core.groups.Tuple.tuple("以身做則", "以身作则"),
                org.assertj.core.groups.Tuple.tuple("迫不急待", "迫不及待"),
                org.assertj.core.groups.Tuple.tuple("按装", "安装"));
    }

    @Test
    void findsNonstandardAndBannedWording() {
        String text = "中共中央国务院印发通知。台湾总统府发言人称，该产品是国家级产品、第一品牌。";
        assertThat(rules.words().find(text)).extracting(h -> h.entry().listId(), h -> h.found(text)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nonstandard", "中共中央国务院"),
                org.assertj.core.groups.Tuple.tuple("nonstandard", "台湾总统府"),
                org.assertj.core.groups.Tuple.tuple("banned", "国家级产品"),
                org.assertj.core.groups.Tuple.tuple("banned", "第一品牌"));
    }

    @Test
    void findsSeriousSlipsInOfficialNames() {
        String text = "根据中华人民共和国务院的部署，中国共产党第二十次全国代表大大会胜利召开，国家发展改革委员会发布通知。";
        assertThat(rules.nearMisses().find(text)).extracting(NearMiss::found, NearMiss::canonical).containsExactly(
                org.assertj.core.groups.Tuple.tuple("中华人民共和国务院", "中华人民共和国国务院"),
                org.assertj.core.groups.Tuple.tuple("中国共产党第二十次全国代表大大会", "中国共产党第二十次全国代表大会"),
                org.assertj.core.groups.Tuple.tuple("国家发展改革委员会", "国家发展和改革委员会"));
    }

    private static long count(WordLists lists, String listId) {
        return lists.entries().stream().filter(e -> e.listId().equals(listId)).count();
    }
}
