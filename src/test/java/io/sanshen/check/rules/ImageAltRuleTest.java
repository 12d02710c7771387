package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageAltRuleTest {
    @TempDir
    Path dir;

    @Test
    void warnsForMarkdownImageWithEmptyAltWithItsSpan() throws Exception {
        RuleHarness.ItemText item = item().body("会议现场。![](photo.jpg)\n");
        List<Finding> f = run(dir, ctx -> new ImageAltRule(), item.toString());
        assertThat(where(f)).containsExactly(item.bodyLine() + ":6 warning format.image-alt");
        assertThat(f.get(0).endColumn()).isEqualTo(20);
    }

    @Test
    void warnsForHtmlImagesWithoutOrWithBlankAlt() throws Exception {
        RuleHarness.ItemText item = item().body("<p><img src=\"a.png\"></p>\n\n文字<img src=\"b.png\" alt=\" \">文字\n");
        assertThat(where(run(dir, ctx -> new ImageAltRule(), item.toString()))).containsExactly(
                item.bodyLine() + ":4 warning format.image-alt", (item.bodyLine() + 2) + ":3 warning format.image-alt");
    }

    @Test
    void acceptsDescribedImagesAndAltLookAlikes() throws Exception {
        RuleHarness.ItemText item = item().body("![会议现场](photo.jpg)\n\n<img src=\"a.png\" alt=\"会场\">\n\n<img data-alt=\"x\" alt='图表'>\n\n正文中写到 alt 和 img 两个词。\n");
        assertThat(run(dir, ctx -> new ImageAltRule(), item.toString())).isEmpty();
    }
}
