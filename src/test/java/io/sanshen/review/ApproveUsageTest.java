package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setup mistakes around {@code approve} (issue #15): a clear message and exit 2, never a stack trace. */
class ApproveUsageTest {
    @TempDir
    Path tmp;

    @Test
    void missingKeyFileIsAUsageError() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        Path missing = tmp.resolve("no-such-key");
        Cli c = Cli.run("approve", ITEM, "--level", "二", "--key", missing.toString(), "--site", f.repo.getWorkTree().toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("找不到密钥文件：" + missing).doesNotContain("读写文件出错");
        Cli en = Cli.run("reject", ITEM, "--level", "1", "--opinion", "不行", "--key", missing.toString(),
                "--site", f.repo.getWorkTree().toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains("key file not found: " + missing);
        // #15: a Chinese level name without any signing set-up is refused in words, never with a stack trace
        Cli noSetup = Cli.run("approve", ITEM, "--level", "二", "--site", f.repo.getWorkTree().toString());
        assertThat(noSetup.exit()).as(noSetup.err()).isIn(1, 2);
        assertThat(noSetup.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("内部错误");
    }
}
