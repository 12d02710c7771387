package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.PathReview.Status;
import io.sanshen.testkit.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on content review by an insider with push rights (and, where said, one reviewer's key) through plain
 * git: rollbacks, renames, squash merges, bundle flags. Each must leave unapproved bytes offline.
 */
class ContentBypassTest {
    static final String BUNDLE = "content/news/2024-05-22-预算/index.md";
    static final String ATTACHMENT = "content/news/2024-05-22-预算/预算表.csv";

    @TempDir
    Path tmp;

    private static List<IgnoreReason> reasons(ReviewReport r) {
        return r.ignored().stream().map(IgnoredRecord::reason).toList();
    }

    /** Class 7: v1 approved, v2 (a correction) approved, v1's bytes restored without review: v2 stays online. */
    @Test
    void restoringASupersededVersionDoesNotPublishIt() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        ObjectId v1 = f.blob(ITEM);
        f.commit(ITEM, ReviewFixture.item("会议纪要（更正）", false));
        f.approveChain(ITEM, false);
        ObjectId v2 = f.blob(ITEM);
        f.commit(ITEM, ReviewFixture.item("会议纪要", false));
        assertThat(f.blob(ITEM)).isEqualTo(v1);
        ReviewReport r = f.review();
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.PENDING);
        assertThat(r.publishable()).containsEntry(ITEM, v2);

        // restoring v1 on purpose is a new round of review
        f.approveChain(ITEM, false);
        ReviewReport again = f.review();
        assertThat(f.status(again, ITEM).status()).isEqualTo(Status.APPROVED);
        assertThat(again.publishable()).containsEntry(ITEM, v1);
    }

    /** Class 8: an author's item moved by someone else keeps its author, who still may not approve it. */
    @Test
    void aRenameDoesNotLaunderAuthorship() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        String draft = "content/news/草稿.md";
        f.commit(draft, ReviewFixture.item("x", false), TestRepos.person("科长乙", "chief@test.gov.cn"));
        try (Git git = new Git(f.repo)) {
            Path wt = f.repo.getWorkTree().toPath();
            Files.move(wt.resolve(draft), wt.resolve(ITEM));
            git.rm().addFilepattern(draft).call();
            git.add().addFilepattern(ITEM).call();
            git.commit().setMessage("move").setAuthor(TestRepos.person("编辑", "editor@test.gov.cn"))
                    .setCommitter(TestRepos.person("编辑", "editor@test.gov.cn")).setSign(false).call();
        }
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        ReviewReport r = f.review();
        assertThat(reasons(r)).containsExactly(IgnoreReason.SELF_APPROVAL);
        assertThat(f.status(r, ITEM).nextReviewers()).doesNotContain("科长乙");
    }

    /** Class 8: the same with a copy to another path in one commit by someone else. */
    @Test
    void aCopyDoesNotLaunderAuthorship() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        f.commit("content/news/原稿.md", ReviewFixture.item("x", false), TestRepos.person("科长乙", "chief@test.gov.cn"));
        f.commit(ITEM, ReviewFixture.item("x", false));
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.SELF_APPROVAL);
    }

    /** Class 10: `git merge --squash` indents the squashed records; verify must still see the squash. */
    @Test
    void aSquashMergeWithGitIsDetected() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        try (Git git = new Git(f.repo)) {
            git.checkout().setCreateBranch(true).setName("pr").call();
            f.commit(ITEM, ReviewFixture.item("x", false));
            f.approveChain(ITEM, false);
            git.checkout().setName("main").call();
        }
        Path wt = f.repo.getWorkTree().toPath();
        git(wt, "merge", "--squash", "pr");
        git(wt, "-c", "user.name=编辑", "-c", "user.email=editor@test.gov.cn", "-c", "commit.gpgsign=false",
                "commit", "--no-edit");
        String message = f.repo.parseCommit(f.repo.resolve("HEAD")).getFullMessage();
        assertThat(message).contains("    Sanshen-Review: approve");
        ReviewReport r = f.review();
        assertThat(reasons(r)).contains(IgnoreReason.SQUASHED);
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.NEVER_APPROVED);
    }

    /** Class 10: a revoked reviewer is never named as the next to act. */
    @Test
    void statusDoesNotNameARevokedReviewerAsNext() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, "").replace("    email: chief@test.gov.cn\n",
                "    email: chief@test.gov.cn\n    revoked: 2024-01-01\n"));
        f.commit(ITEM, ReviewFixture.item("x", false));
        f.approve("信息员甲", 1, ITEM);
        PathReview p = f.status(f.review(), ITEM);
        assertThat(p.waitingFor()).isEqualTo("2");
        assertThat(p.nextReviewers()).doesNotContain("科长乙");
    }

    /**
     * A bundle's attachment follows its index.md: when the item is important, an attachment approved at three levels
     * is not published until 终审 signs it too, and the ledger's log does not claim a publication before that.
     */
    @Test
    void anImportantBundlesAttachmentWaitsForTheFourthLevel() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        f.commit(BUNDLE, ReviewFixture.item("预算", true));
        f.commit(ATTACHMENT, "项目,金额\n合计,100\n");
        f.approveChain(BUNDLE, true);
        f.approveChain(ATTACHMENT, false);
        ReviewReport r = new ReviewEngine(f.repo, new ReviewEngine.Options(java.util.Optional.empty(),
                java.util.Optional.empty(), java.time.LocalDate.of(2024, 5, 23))).runWithLog();
        assertThat(f.status(r, ATTACHMENT).status()).isEqualTo(Status.PENDING);
        assertThat(f.status(r, ATTACHMENT).waitingFor()).isEqualTo("4");
        assertThat(r.publishable()).doesNotContainKeys(BUNDLE, ATTACHMENT);
        assertThat(r.log().orElseThrow()).noneMatch(e -> e.type() == LogEvent.Type.APPROVED && e.path().equals(ATTACHMENT));
        f.approve("主任丁", 4, ATTACHMENT);
        ReviewReport done = f.review();
        assertThat(done.publishable()).containsKeys(BUNDLE, ATTACHMENT);
    }

    /** Class 6: a stray index.md does not change which item an approved file belongs to, nor its flags. */
    @Test
    void aStrayIndexDoesNotRegroupApprovedItems() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        f.commit("content/index.md", ReviewFixture.item("整站", true));
        f.commit("content/news/index.md", ReviewFixture.item("栏目", true));
        ReviewReport r = f.review();
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.APPROVED);
        assertThat(r.publishable()).containsKey(ITEM);
        assertThat(f.status(r, "content/index.md").status()).isEqualTo(Status.UNCOVERED);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
