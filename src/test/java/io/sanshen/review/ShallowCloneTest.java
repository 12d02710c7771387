package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code git clone --depth 1} of an approved site: refused with the fix, never a crash or a false verdict. */
class ShallowCloneTest {
    @TempDir
    Path tmp;

    private Path shallow;

    @BeforeEach
    void cloneShallow() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        shallow = tmp.resolve("shallow");
        Process p;
        try {
            p = new ProcessBuilder("git", "clone", "-q", "--depth", "1", f.repo.getWorkTree().toPath().toUri().toString(),
                    shallow.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("git is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(shallow.resolve(".git/shallow")).isRegularFile();
    }

    @Test
    void buildIsRefusedWithTheFixNotACrash() {
        Cli c = Cli.run("build", "--site", shallow.toString(), "--out", tmp.resolve("public").toString());
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(2);
        assertThat(c.err()).contains("浅克隆").contains("git fetch --unshallow").doesNotContain("内部错误")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("public")).doesNotExist();
    }

    @Test
    void statusAndVerifyDoNotCallEveryFileUnapproved() {
        for (String cmd : new String[] {"status", "verify"}) {
            Cli c = Cli.run(cmd, "--site", shallow.toString(), "--lang", "en");
            assertThat(c.exit()).as(cmd + ": " + c.err()).isEqualTo(2);
            assertThat(c.err()).contains("shallow clone").contains("git fetch --unshallow");
            assertThat(c.out()).doesNotContain("NEVER_APPROVED").doesNotContain(ITEM);
        }
    }

    @Test
    // a desk that starts serving never returns: fail, don't hang
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void theDeskRefusesAShallowCloneBeforeServingAQueue() {
        Cli c = Cli.run("desk", "--site", shallow.toString(), "--port", "0", "--no-browser", "--lang", "en");
        assertThat(c.exit()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).contains("shallow clone").contains("git fetch --unshallow");
        assertThat(c.out()).doesNotContain("Review desk at");
    }
}
