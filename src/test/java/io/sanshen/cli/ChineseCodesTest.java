package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese output of {@code check} names things in Chinese: no enum constants such as ID_NUMBER or (OTHER). */
class ChineseCodesTest {
    /** An upper-case identifier with an underscore or in parentheses: how an enum constant leaks into a message. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|[（(](OTHER|[A-Z]{4,})[)）]");

    @TempDir
    Path site;

    @Test
    void ruleListHasNoEnumNames() {
        Cli c = Cli.run("check", "--list-rules", "--site", ".");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("privacy.id-number\t未脱敏的个人信息（公民身份号码）")
                .contains("privacy.address\t未脱敏的个人信息（个人住址）");
        assertThat(CODE.matcher(c.out()).results().map(m -> m.group()).toList()).isEmpty();
        assertThat(Cli.run("check", "--list-rules", "--site", ".", "--lang", "en").out())
                .contains("privacy.id-number\tUnmasked personal information (resident ID number)");
    }

    @Test
    void attachmentOfAnUnknownTypeIsDescribedWithoutAnEnumName() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/2024-05-22-data/index.md --
                ---
                title: 数据
                date: 2024-05-22
                publisher: 区政府办公室
                source: 区政府办公室
                ---

                正文，附件见[数据](data.dat)。
                -- content/news/2024-05-22-data/data.dat --
                x1y2z3
                """);
        Cli c = Cli.run("check", "--site", site.toString());
        assertThat(c.out()).contains("data.dat").contains("不支持检查此类文件的内容，需人工检查");
        assertThat(CODE.matcher(c.out()).results().map(m -> m.group()).toList()).isEmpty();
    }
}
