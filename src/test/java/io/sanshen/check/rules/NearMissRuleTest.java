package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the shipped canonical phrase list over real-page shapes: local agency names are no slips of a ministry. */
class NearMissRuleTest {

    @TempDir
    Path dir;

    private List<Finding> run(String body) throws Exception {
        String phrases = Files.readString(Path.of("rules/canonical-phrases.txt"));
        String txtar = "-- rules/canonical-phrases.txt --\n" + phrases + item("content/news/a.md", "会议", body);
        return RuleSites.item(RuleSites.site(dir, txtar), NearMissRule.ID, NearMissRule::new).stream()
                .filter(f -> f.pos().path().equals("content/news/a.md"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // sign-off line, end of paragraph
            "特此通知。\n\n长春市人力资源和社会保障局",
            "特此通知。\n\n长春市人力资源和社会保障局\n2026年5月1日",
            // before 。
            "请于5月10日前报送区住房和城乡建设局。",
            "材料报吉林省人力资源和社会保障厅。",
            "由县退役军人事务局负责解释。",
            // after a label
            "联系单位：市住房和城乡建设局",
            "联系单位：区退役军人事务局\n\n联系电话：0431-88888888",
            "主办单位：某某镇人力资源和社会保障办",
            "牵头单位：州住房和城乡建设委",
            // no prefix at all: a local body abbreviated on its own site
            "联系单位：人力资源和社会保障局",
            "延边朝鲜族自治州退役军人事务局！"})
    void staysQuietOnCorrectLocalAgencyNames(String body) throws Exception {
        assertThat(run(body)).isEmpty();
    }

    @Test
    void reportsRealSlipsOfTheMinistryAtTheirPosition() throws Exception {
        List<Finding> f = run("根据人力资源和社会保獐部要求。\n\n报送住房和城乡建设都。\n\n"
                + "联系单位：中华人民共和国退役军人事务局\n\n国家住房和城乡建设局。\n\n会同国家发展和改草委员会部署。");
        assertThat(f).extracting(x -> x.pos().toString(), x -> x.fix().zh()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("content/news/a.md:6:3", "改为“人力资源和社会保障部”。"),
                org.assertj.core.groups.Tuple.tuple("content/news/a.md:8:3", "改为“住房和城乡建设部”。"),
                org.assertj.core.groups.Tuple.tuple("content/news/a.md:10:13", "改为“退役军人事务部”。"),
                org.assertj.core.groups.Tuple.tuple("content/news/a.md:12:3", "改为“住房和城乡建设部”。"),
                org.assertj.core.groups.Tuple.tuple("content/news/a.md:14:3", "改为“国家发展和改革委员会”。"));
        assertThat(f).allMatch(x -> x.severity() == Severity.BLOCKER);
    }

    @Test
    void reportsTheLocalNameWithAnotherSlipInside() throws Exception {
        assertThat(run("联系单位：市人力资源和社会保獐局")).isEmpty();
        assertThat(run("报送人力资源和社会保獐部。")).extracting(x -> x.pos().toString())
                .containsExactly("content/news/a.md:6:3");
    }
}
