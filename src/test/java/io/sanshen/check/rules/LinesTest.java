package io.sanshen.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
    @Test
    void headFindsTheSameLinesAsSplittingTheWholeBody() {
        for (String body : List.of("", "\n\n", "秘密★1年\r\n\r\n# 标题\n正文\n", "一\n\n二\n三\n四\n五\n六\n七\n八\n九\n十",
                "  \n\t\n末行无换行", "甲\r\n乙\r\n")) {
            for (int n : new int[] {1, 3, 8}) {
                assertThat(Lines.head(body, n)).as("%s / %d", body, n)
                        .isEqualTo(Lines.of(body).all().stream().filter(l -> !l.text().isBlank()).limit(n).toList());
            }
        }
    }

    @Test
    void bareDropsHeadingHashesQuoteMarksEmphasisAndAsciiSpaces() {
        assertThat(new Lines.Line(0, "  ## **秘密★1年**").bare()).isEqualTo("秘密★1年");
        assertThat(new Lines.Line(0, "> > `国发〔2026〕1号`").bare()).isEqualTo("国发〔2026〕1号");
        assertThat(new Lines.Line(0, "####### 七个井号不是标题").bare()).isEqualTo("####### 七个井号不是标题");
        assertThat(new Lines.Line(0, "#没有空格").bare()).isEqualTo("#没有空格");
        assertThat(new Lines.Line(0, "　　# 全角空格缩进").bare()).isEqualTo("# 全角空格缩进");
    }
}
