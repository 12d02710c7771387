package io.sanshen.check.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private final PersonNames names = PersonNames.standard();

    private List<String> found(String text) {
        return names.find(text).stream().map(n -> text.substring(n.start(), n.end())).toList();
    }

    @Test
    void readsNameAfterLabelWithColon() {
        assertThat(found("姓名：张三")).containsExactly("张三");
    }

    @Test
    void readsRareOrMinorityNameAfterExplicitLabel() {
        assertThat(found("姓名：阿依古丽，女")).containsExactly("阿依古丽");
    }

    @Test
    void readsNameAfterBareLabelOnlyWithSurname() {
        assertThat(found("联系人李四13800138000")).containsExactly("李四");
        assertThat(found("学生资助名单")).isEmpty();
    }

    @Test
    void readsNameBeforeComradeOrGender() {
        assertThat(found("李四同志")).containsExactly("李四");
        assertThat(found("王小明，男，汉族")).containsExactly("王小明");
    }

    @Test
    void readsCompoundSurname() {
        assertThat(found("| 欧阳明 | 男 |")).containsExactly("欧阳明");
    }

    @Test
    void readsTableCellName() {
        assertThat(found("| 1 | 王小明 | 男 |")).containsExactly("王小明");
    }

    @Test
    void ignoresOrdinaryWordsThatStartWithSurnames() {
        assertThat(found("| 王国 | 张贴 | 周边 | 江苏省 | 苏州市 | 陈家村 |")).isEmpty();
    }

    @Test
    void ignoresTitlesAndPseudonyms() {
        assertThat(found("王局长，张某，李某某")).isEmpty();
    }

    @Test
    void ignoresLongRunsWithoutCue() {
        assertThat(found("高度重视安全生产工作")).isEmpty();
    }

    @Test
    void reportsWhetherNameOverlapsWindow() {
        String t = "联系人：张三，电话";
        assertThat(names.anyIn(t, 5, t.length())).isTrue();
        assertThat(names.anyIn(t, 6, t.length())).isFalse();
        assertThat(names.anyIn("关于做好安全生产工作的通知", 0, 13)).isFalse();
    }
}
