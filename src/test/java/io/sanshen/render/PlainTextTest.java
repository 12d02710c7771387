package io.sanshen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass markup stripper of the search index against the expressions it replaces, on random texts. */
class PlainTextTest {
    private static final Pattern MARKUP = Pattern.compile(PlainText.MARKUP);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void stripsMarkupAsTheExpressionDid() {
        String alphabet = "![]()<>#*_`|~-\t\n\r\f\u000B 政务a1$\\\u3000";
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            String expected = MARKUP.matcher(s).replaceAll(" $1 ");
            assertThat(PlainText.withoutMarkup(s)).as(s).isEqualTo(expected);
            assertThat(PlainText.collapseSpaces(s)).as(s).isEqualTo(SPACES.matcher(s).replaceAll(" ").strip());
        }
    }

    @Test
    void keepsLinkTextAndDropsTheRest() {
        assertThat(PlainText.collapseSpaces(PlainText.withoutMarkup("## 通知\n见[附件](a.pdf)和![图](b.png)，<b>重要</b>")))
                .isEqualTo("通知 见 附件 和 图 ， 重要");
    }
}
