package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenreTitleRuleTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"区政府关于做好防汛工作的通知,工作动态,通知", "区政府关于优化营商环境的意见,通知,意见",
        "区政府关于表彰先进集体的决定,通知,决定", "区政府关于同意设立街道的批复,通知,批复",
        "区政府第五次常务会议纪要,通知,纪要", "测试区人民政府令（第3号）,通知,命令（令）", "区政府关于调整工作的紧急通知,意见,通知"})
    void warnsWhenGenreDiffersFromTheTitlesDocumentType(String title, String genre, String expected) throws Exception {
        assertThat(run(dir, ctx -> new GenreTitleRule(), item().with("title", title).with("genre", genre).toString()))
                .singleElement().satisfies(f -> {
                    assertThat(f.pos().line()).isEqualTo(9);
                    assertThat(f.severity().id()).isEqualTo("warning");
                    assertThat(f.fix().zh()).contains("“" + expected + "”");
                });
    }

    @Test
    void acceptsMatchingGenresAndTitlesWithoutADocumentType() throws Exception {
        assertThat(run(dir, ctx -> new GenreTitleRule(), item().with("title", "区政府关于做好防汛工作的通知").with("genre", "通知").toString())).isEmpty();
        assertThat(run(dir, ctx -> new GenreTitleRule(), item().with("title", "2026年公开招聘公告").with("genre", "工作动态").toString())).isEmpty();
        assertThat(run(dir, ctx -> new GenreTitleRule(), item().with("title", "关于《实施意见》的解读").toString())).isEmpty();
        assertThat(run(dir, ctx -> new GenreTitleRule(), item().with("title", "全区统计公报发布").toString())).isEmpty();
    }
}
