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

class GarbledTextRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(String body) throws Exception {
        return run(dir, GarbledTextRule::new, item().body(body).toString());
    }

    private int line() {
        return item().bodyLine();
    }

    @Test
    void warnsOnNumberingSignsAndTextThatCameThroughTheWrongEncoding() throws Exception {
        List<Finding> found = check("①关于道路问题；ƒ关于房价问题；ƒ④两条已答复。乱码ÖÐÎÄ出现，无法显示的\uFFFD字。\n");
        assertThat(where(found)).containsExactly(line() + ":9 warning text.garbled", line() + ":17 warning text.garbled",
                line() + ":27 warning text.garbled", line() + ":39 warning text.garbled");
        assertThat(found).extracting(f -> f.message().zh())
                .containsExactly("“ƒ”是乱码字符。", "“ƒ”是乱码字符。", "“ÖÐÎÄ”是乱码字符。", "“\uFFFD”是乱码字符。");
        assertThat(found.get(2).endColumn()).isEqualTo(31);
    }

    @Test
    void leavesPinyinForeignNamesAndSymbolsAlone() throws Exception {
        assertThat(check("北京（Běijīng）举办Café展览，气温25°C，面积3×4米，误差±0.5，阿卜杜·热合曼参加，×号标注。\n"))
                .isEmpty();
    }
}
