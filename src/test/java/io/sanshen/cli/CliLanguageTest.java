package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import org.junit.jupiter.api.Test;

/** Chinese output says everything in Chinese, English stays English, and a wrong --lang is refused. */
class CliLanguageTest {
    @Test
    void unknownLanguageIsRefusedWithTheValidOnes() {
        for (String bad : new String[] {"fr", "english", "ja", ""}) {
            Cli c = Cli.run("status", "--lang", bad, "--site", "does-not-matter");
            assertThat(c.exit()).as(bad + ": " + c.err()).isEqualTo(2);
            assertThat(c.err()).contains("--lang").contains("zh").contains("en").doesNotContain("Exception");
            assertThat(c.out()).isEmpty();
        }
        assertThat(Cli.run("--lang=de", "--help").exit()).isEqualTo(2);
    }

    @Test
    void aSiteThatIsNoRepositoryIsAUsageErrorInChinese(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Cli c = Cli.run("status", "--site", dir.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("不是 Git 仓库的根目录").contains("--site").doesNotContain("not the root")
                .doesNotContain("读写文件出错");
    }

    @Test
    void regionalSpellingsOfTheTwoLanguagesAreAccepted() {
        assertThat(Cli.run("approve", "--lang", "en-US").err()).contains("Missing required");
        assertThat(Cli.run("approve", "--lang", "zh-CN").err()).contains("缺少");
    }

    @Test
    void missingParametersAreSaidInChinese() {
        Cli c = Cli.run("approve");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("缺少必需的参数").contains("--level").contains("ITEM")
                .doesNotContain("Missing required");
        Cli value = Cli.run("approve", "x", "--level");
        assertThat(value.err()).contains("--level").contains("缺少取值").doesNotContain("Expected parameter")
                .doesNotContain("Missing");
        // --lang en stays English
        assertThat(Cli.run("approve", "--lang", "en").err()).contains("Missing required").doesNotContain("缺少");
    }

    @Test
    void unknownOptionsAreSaidInChineseWithASuggestion() {
        Cli c = Cli.run("status", "--mien");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("未知选项：--mien").contains("--mine").doesNotContain("Unknown option")
                .doesNotContain("Did you mean").doesNotContain("Possible solutions");
        Cli sub = Cli.run("stauts");
        assertThat(sub.exit()).isEqualTo(2);
        assertThat(sub.err()).contains("stauts").contains("status").doesNotContain("Unmatched").doesNotContain("Did you mean");
        assertThat(Cli.run("status", "--mien", "--lang", "en").err()).contains("Unknown option").doesNotContain("未知");
    }

    @Test
    void invalidValuesAreSaidInChinese() {
        Cli c = Cli.run("serve", "--port", "abc");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("--port").contains("“abc”").contains("整数").doesNotContain("Invalid value")
                .doesNotContain("is not an int");
        Cli twice = Cli.run("approve", "x", "--level", "1", "--level", "2");
        assertThat(twice.err()).contains("--level").contains("只能指定一次").doesNotContain("should be specified only once");
    }
}
