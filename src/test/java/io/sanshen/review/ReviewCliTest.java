package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCliTest {
    @TempDir
    Path tmp;

    private static String site(ReviewFixture f) {
        return f.repo.getWorkTree().toString();
    }

    @Test
    void approveWritesRecordsThatVerifyCounts() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        String[] signers = {"信息员甲", "科长乙", "分管丙"};
        for (int level = 1; level <= 3; level++) {
            Cli c = Cli.run("approve", ITEM, "--level", "" + level, "--checks", "政治,政策,文字,保密,舆情",
                    "--key", f.keyFiles.get(signers[level - 1]).toString(), "--site", site(f));
            assertThat(c.exit()).as(c.err()).isZero();
        }
        Cli verify = Cli.run("verify", "--site", site(f), "--lang", "en");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("0 files unapproved");
        Cli json = Cli.run("status", "--site", site(f), "--format", "json");
        assertThat(json.out()).contains("\"status\":\"APPROVED\"");
    }

    @Test
    void approveTakesChineseLevelNamesAndRejectsUnknownLevelsAsUsageErrors() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        for (String bad : new String[] {"五", "5", "0", "二级", ""}) {
            Cli c = Cli.run("approve", ITEM, "--level", bad, "--key", f.keyFiles.get("信息员甲").toString(), "--site", site(f));
            assertThat(c.exit()).as(bad + ": " + c.err()).isEqualTo(2);
            assertThat(c.err()).contains("审核级别“" + bad + "”无效").contains("一审/二审/三审/终审").contains("admin")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        Cli en = Cli.run("reject", ITEM, "--level", "二审审", "--opinion", "不同意", "--site", site(f), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains("unknown review level '二审审'").contains("confidentiality (保密)");
        Cli first = Cli.run("approve", ITEM, "--level", "一审", "--checks", "政治,政策,文字,保密,舆情",
                "--key", f.keyFiles.get("信息员甲").toString(), "--site", site(f));
        assertThat(first.exit()).as(first.err()).isZero();
        Cli second = Cli.run("approve", ITEM, "--level", "二", "--checks", "政治,政策,文字,保密,舆情",
                "--key", f.keyFiles.get("科长乙").toString(), "--site", site(f));
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(f.review().ignored()).isEmpty();
    }

    @Test
    void approveRefusesSignerWithoutRoleAndMissingLevel() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        Cli wrong = Cli.run("approve", ITEM, "--level", "1", "--key", f.keyFiles.get("科长乙").toString(), "--site", site(f));
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("拒绝").contains("科长乙 不是").contains("的网站信息员，不能做一审");
        Cli skipped = Cli.run("approve", ITEM, "--level", "2", "--key", f.keyFiles.get("科长乙").toString(), "--site", site(f),
                "--lang", "en");
        assertThat(skipped.err()).contains("一审 is missing");
        assertThat(f.review().ignored()).isEmpty();
    }

    @Test
    void approveRefusesUncommittedChanges() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        Files.writeString(f.repo.getWorkTree().toPath().resolve(ITEM), "changed");
        Cli c = Cli.run("approve", ITEM, "--level", "1", "--key", f.keyFiles.get("信息员甲").toString(), "--site", site(f), "--lang", "en");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("uncommitted changes");
    }

    @Test
    void approveTakesBackSelfApproval() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        f.commit(ITEM, ReviewFixture.item("x", false), io.sanshen.testkit.TestRepos.person("信息员甲", "clerk@test.gov.cn"));
        var head = f.repo.resolve("HEAD");
        Cli c = Cli.run("approve", ITEM, "--level", "1", "--key", f.keyFiles.get("信息员甲").toString(), "--site", site(f), "--lang", "en");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("authors may not approve");
        assertThat(f.repo.resolve("HEAD")).isEqualTo(head);
    }

    @Test
    void verifyFailsAndListsReasonsForUnapprovedContent() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("科长乙", 1, ITEM);
        Cli c = Cli.run("verify", "--site", site(f), "--format", "json");
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.out()).contains("\"reason\":\"WRONG_ROLE\"").contains("\"status\":\"NEVER_APPROVED\"");
    }

    @Test
    void secondVerifyReadsTheCache() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        assertThat(Cli.run("verify", "--site", site(f), "--lang", "en").out()).contains("3 signatures verified, 0 from cache");
        assertThat(Cli.run("verify", "--site", site(f), "--lang", "en").out()).contains("0 signatures verified, 3 from cache");
    }

    @Test
    void gitVerifyCommitAcceptsApprovals() throws Exception {
        Assumptions.assumeTrue(available("git") && available("ssh-keygen"));
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        Cli c = Cli.run("approve", ITEM, "--level", "1", "--key", f.keyFiles.get("信息员甲").toString(), "--site", site(f));
        assertThat(c.exit()).as(c.err()).isZero();
        Cli signers = Cli.run("keys", "allowed-signers", "--site", site(f));
        Path file = tmp.resolve("allowed_signers");
        Files.writeString(file, signers.out());
        Process p = new ProcessBuilder("git", "-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=" + file,
                "verify-commit", "HEAD").directory(f.repo.getWorkTree()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Good \"git\" signature for 信息员甲");
    }

    private static boolean available(String cmd) {
        try {
            return new ProcessBuilder(cmd, "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
