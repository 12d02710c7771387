package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskDiffTest {
    @Test
    void showsChangedLinesOnly() {
        String before = "# 标题\n联系人：张三 13912345678\n结尾\n";
        String after = "# 标题\n联系人：张三 139****5678\n结尾\n";
        assertThat(MaskDiff.render(before, after))
                .isEqualTo("@@ line 2 @@\n-联系人：张三 13912345678\n+联系人：张三 139****5678\n");
    }

    @Test
    void isEmptyWhenNothingChanged() {
        assertThat(MaskDiff.render("a\nb", "a\nb")).isEmpty();
    }
}
