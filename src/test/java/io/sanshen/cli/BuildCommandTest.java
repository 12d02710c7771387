package io.sanshen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sanshen build} on the bundled demo portal, through the review gate, as the README's first command. */
class BuildCommandTest {
    @TempDir
    Path tmp;

    @Test
    void buildShowsWhatNeedsActionAndOnlyCountsNotes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"build", "--site", ".", "--out", tmp.resolve("public").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("构建完成：").contains("未发布 0 条");
        // the demo has notes (e.g. SVG attachments nobody can check automatically): counted, not listed
        assertThat(err.toString()).containsPattern("另有 \\d+ 条提示未显示，运行 sanshen check 查看。")
                .doesNotContain("提示 [attachment.unchecked]");
        assertThat(tmp.resolve("public/index.html")).isRegularFile();
        // where the site is and what to open
        assertThat(out.toString()).contains("网站已生成在 " + tmp.resolve("public"))
                .contains("用浏览器打开 " + tmp.resolve("public/index.html").toUri());
    }
}
