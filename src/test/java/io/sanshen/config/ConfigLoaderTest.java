package io.sanshen.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private ConfigResult parse(String yaml) {
        return ConfigLoader.parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private String configYaml() {
        return SiteFiles.CONFIG.substring(SiteFiles.CONFIG.indexOf('\n') + 1);
    }

    @Test
    void decodesSiteUnitsColumnsAndVocabularies() throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG);
        SiteConfig c = ConfigLoader.load(dir).config().orElseThrow();
        assertThat(c.site().title()).isEqualTo("测试区人民政府");
        assertThat(c.site().domain()).isEqualTo("www.test.gov.cn");
        assertThat(c.units()).extracting(Unit::id).containsExactly("office", "hr");
        assertThat(c.column("rsxx").orElseThrow().parentId()).isEqualTo("xxgk");
        assertThat(c.children("xxgk")).extracting(Column::id).containsExactly("rsxx");
        assertThat(c.vocabularies().genres()).contains("通知", "纪要", "工作动态");
        assertThat(c.columnsByPath().keySet().iterator().next()).isEqualTo("xxgk/rsxx");
    }

    @Test
    void reportsUnknownKeyWithPositionAndSuggestion() {
        ConfigResult r = parse(configYaml().replace("  sponsor:", "  sponser:"));
        assertThat(r.ok()).isFalse();
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("yaml.unknown-key");
        assertThat(f.pos().toString()).isEqualTo("site-config.yml:8:3");
        assertThat(f.message().zh()).contains("sponser");
        assertThat(f.fix().zh()).contains("sponsor");
        assertThat(f.fix().en()).isEqualTo("Did you mean 'sponsor'?");
    }

    @Test
    void keepsTheDefaultIndexNoPatternAndReadsAConfiguredOne() {
        assertThat(parse(configYaml()).config().orElseThrow().checks().indexNoPattern())
                .isEqualTo(ChecksConfig.DEFAULT_INDEX_NO_PATTERN);
        ConfigResult r = parse(configYaml() + "checks:\n  index-no-pattern: '\\d{10}0000/\\d{4}-\\d{6}'\n");
        assertThat(r.findings()).isEmpty();
        assertThat(r.config().orElseThrow().checks().indexNoPattern()).isEqualTo("\\d{10}0000/\\d{4}-\\d{6}");
    }

    @Test
    void reportsAnIndexNoPatternThatDoesNotCompileAtItsValue() {
        String yaml = configYaml() + "checks:\n  title-max-length: 60\n  index-no-pattern: '\\d{10}(0000/\\d{4}'\n";
        int line = (int) yaml.lines().count();
        ConfigResult r = parse(yaml);
        assertThat(r.ok()).isFalse();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("config.index-no-pattern");
            assertThat(f.pos().toString()).isEqualTo("site-config.yml:" + line + ":21");
            assertThat(f.message().zh()).contains("\\d{10}(0000/\\d{4}", "不是有效的正则表达式");
            assertThat(f.message().en()).contains("Unclosed group");
        });
    }

    @Test
    void suggestsIndexNoPatternForAMisspeltKey() {
        ConfigResult r = parse(configYaml() + "checks:\n  index-no-patern: 'x'\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("yaml.unknown-key");
            assertThat(f.fix().en()).isEqualTo("Did you mean 'index-no-pattern'?");
        });
    }

    @Test
    void reportsBrokenYamlAtLineAndColumn() {
        ConfigResult r = parse("site:\n  title: \"未闭合\n  base-url: x\n");
        assertThat(r.ok()).isFalse();
        assertThat(r.findings().get(0).ruleId()).isEqualTo("yaml.syntax");
        assertThat(r.findings().get(0).pos().line()).isBetween(2, 4);
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 30; i++) {
            y.append("b").append(i).append(": &b").append(i).append(" [*a, *a, *a, *a, *a, *a, *a, *a]\n");
        }
        ConfigResult r = parse(y.toString());
        assertThat(r.ok()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.ruleId().startsWith("yaml."));
    }

    @Test
    void reportsColumnWithUnknownUnitAndSuggestsTheClosest() {
        ConfigResult r = parse(configYaml().replace("    unit: hr", "    unit: hrr"));
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("config.unknown-unit")
                && f.fix().en().equals("Did you mean 'hr'?"));
    }

    @Test
    void readsTheListStyleOfAColumnAndRefusesAnUnknownOneAtItsValue() {
        SiteConfig c = parse(configYaml().replace("    kind: personnel\n", "    kind: personnel\n    list: table\n"))
                .config().orElseThrow();
        assertThat(c.column("rsxx").orElseThrow().listsAsTable()).isTrue();
        assertThat(c.column("news").orElseThrow().listsAsTable()).isFalse();
        ConfigResult r = parse(configYaml().replace("    kind: personnel\n", "    kind: personnel\n    list: tabel\n"));
        assertThat(r.ok()).isFalse();
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("config.column-list")).findFirst().orElseThrow();
        assertThat(f.pos().line()).isEqualTo(configYaml().lines().toList().indexOf("    kind: personnel") + 2);
        assertThat(f.message().zh()).contains("tabel");
        assertThat(f.fix().en()).contains("table");
    }

    @Test
    void reportsNavigationToMissingColumn() {
        ConfigResult r = parse(configYaml().replace("navigation: [news, notices, xxgk]", "navigation: [news, notice]"));
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("config.unknown-nav") && f.fix().en().contains("notices"));
    }

    @Test
    void reportsDuplicateKeys() {
        ConfigResult r = parse("site:\n  title: a\n  title: b\n  base-url: https://a.gov.cn/\n");
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("yaml.duplicate-key") && f.pos().line() == 3);
    }

    @Test
    void missingFileIsAClearError() throws Exception {
        ConfigResult r = ConfigLoader.load(dir);
        assertThat(r.ok()).isFalse();
        assertThat(r.findings().get(0).message().zh()).contains("site-config.yml");
    }

    @Test
    void rejectsNonUtf8Config() throws Exception {
        Files.write(dir.resolve("site-config.yml"), "site:\n  title: 测试\n".getBytes("GBK"));
        assertThat(ConfigLoader.load(dir).findings().get(0).ruleId()).isEqualTo("config.encoding");
    }
}
