package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.PathReview.Status;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.testkit.TestRepos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewEngineTest {
    @TempDir
    Path tmp;

    private static List<IgnoreReason> reasons(ReviewReport r) {
        return r.ignored().stream().map(IgnoredRecord::reason).toList();
    }

    @Test
    void validChainApprovesNormalItem() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        ReviewReport r = f.review();
        PathReview p = f.status(r, ITEM);
        assertThat(p.status()).isEqualTo(Status.APPROVED);
        assertThat(p.approvals()).extracting(Approval::reviewer).containsExactly("信息员甲", "科长乙", "分管丙");
        assertThat(p.approvals().get(0).keyFingerprint()).startsWith("SHA256:");
        assertThat(r.ignored()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.publishable()).containsEntry(ITEM, f.blob(ITEM));
    }

    @Test
    void importantItemNeedsFourthLevel() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, true);
        f.approveChain(ITEM, false);
        PathReview pending = f.status(f.review(), ITEM);
        assertThat(pending.status()).isEqualTo(Status.PENDING);
        assertThat(pending.waitingFor()).isEqualTo("4");
        assertThat(pending.nextReviewers()).containsExactly("主任丁");
        assertThat(pending.due()).isEqualTo(java.time.LocalDate.of(2024, 5, 24));
        f.approve("主任丁", 4, ITEM);
        assertThat(f.status(f.review(), ITEM).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void missingConfidentialityCheckKeepsItemPending() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        f.record("分管丙", Action.APPROVE, Level.of(3), ITEM, f.blob(ITEM), List.of("文字"));
        assertThat(f.status(f.review(), ITEM).waitingFor()).isEqualTo("confidentiality");
        f.record("分管丙", Action.APPROVE, Level.CONFIDENTIALITY, ITEM, f.blob(ITEM), List.of("保密"));
        assertThat(f.status(f.review(), ITEM).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void deadlinesInAYearTheHolidayCalendarDoesNotCoverDrawOneWarning() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        assertThat(f.review().findings()).noneMatch(x -> x.ruleId().equals("review.holiday-calendar"));
        ReviewReport later = new ReviewEngine(f.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(),
                LocalDate.of(2027, 3, 1))).run();
        assertThat(later.findings()).filteredOn(x -> x.ruleId().equals("review.holiday-calendar")).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(io.sanshen.diag.Severity.WARNING);
                    assertThat(x.pos().path()).isEqualTo("site-config.yml");
                    assertThat(x.message().zh()).contains("2027").contains("2024、2025、2026");
                    assertThat(x.fix().zh()).contains("review.holidays");
                });
    }

    @Test
    void neverApprovedItemIsReported() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        ReviewReport r = f.review();
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.NEVER_APPROVED);
        assertThat(f.status(r, ITEM).nextReviewers()).containsExactly("信息员甲");
        assertThat(r.ok()).isFalse();
        assertThat(r.publishable()).doesNotContainKey(ITEM);
    }

    @Test
    void editAfterApprovalKeepsOldVersionPublishable() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        ObjectId approved = f.blob(ITEM);
        f.commit(ITEM, ReviewFixture.item("会议纪要（修订）", false));
        ReviewReport r = f.review();
        PathReview p = f.status(r, ITEM);
        assertThat(p.status()).isEqualTo(Status.PENDING);
        assertThat(p.lastApproved()).contains(approved);
        assertThat(r.publishable()).containsEntry(ITEM, approved);
        assertThat(r.ok()).isFalse();
    }

    @Test
    void renameNeedsNewApprovals() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        try (org.eclipse.jgit.api.Git git = new org.eclipse.jgit.api.Git(f.repo)) {
            String moved = "content/news/纪要.md";
            java.nio.file.Files.move(f.repo.getWorkTree().toPath().resolve(ITEM), f.repo.getWorkTree().toPath().resolve(moved));
            git.rm().addFilepattern(ITEM).call();
            git.add().addFilepattern(moved).call();
            git.commit().setMessage("rename").setSign(false).call();
            ReviewReport r = f.review();
            // moving the file away is an unreviewed change: the approved version stays online until withdrawn
            assertThat(f.status(r, ITEM).status()).isEqualTo(Status.PENDING);
            assertThat(f.status(r, ITEM).waitingFor()).isEqualTo("withdraw");
            assertThat(f.status(r, moved).status()).isEqualTo(Status.NEVER_APPROVED);
            assertThat(r.publishable()).containsOnlyKeys("site-config.yml", ITEM);
        }
    }

    @Test
    void rejectVetoesThatVersion() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("信息员甲", 1, ITEM);
        f.record("科长乙", Action.REJECT, Level.of(2), ITEM, f.blob(ITEM), List.of());
        f.approve("科长乙", 2, ITEM);
        f.approve("分管丙", 3, ITEM);
        assertThat(f.status(f.review(), ITEM).status()).isEqualTo(Status.REJECTED);
    }

    @Test
    void withdrawalTakesApprovedItemOff() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        f.record("科长乙", Action.WITHDRAW, Level.of(0), ITEM, f.blob(ITEM), List.of());
        ReviewReport r = f.review();
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.WITHDRAWN);
        assertThat(r.publishable()).doesNotContainKey(ITEM);
    }

    @Test
    void forgedTrailerInUnsignedCommitIsIgnored() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        ApprovalRecord rec = new ApprovalRecord(Action.APPROVE, Level.of(1), List.of(new ApprovalRecord.Item(ITEM, f.blob(ITEM))),
                List.of(), "", List.of());
        try (org.eclipse.jgit.api.Git git = new org.eclipse.jgit.api.Git(f.repo)) {
            git.commit().setAllowEmpty(true).setMessage(rec.toMessage()).setSign(false).call();
        }
        ReviewReport r = f.review();
        assertThat(reasons(r)).containsExactly(IgnoreReason.UNSIGNED);
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.NEVER_APPROVED);
    }

    @Test
    void signatureByUnregisteredKeyIsIgnored() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        // the key is in the repository as a file, but no reviewer registers it
        io.sanshen.testkit.TestKeys.SshKey stranger = io.sanshen.testkit.TestKeys.newSshEd25519("stranger");
        f.commit("content/news/stranger.pub", stranger.publicLine());
        Path key = stranger.writeTo(tmp, "stranger");
        ApprovalRecord rec = new ApprovalRecord(Action.APPROVE, Level.of(1), List.of(new ApprovalRecord.Item(ITEM, f.blob(ITEM))),
                List.of(), "", List.of());
        CommitSigner.withSshKey(key).commitEmpty(f.repo, rec.toMessage(), TestRepos.person("x", "x@x"));
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.UNKNOWN_KEY);
    }

    @Test
    void tamperedSignedRecordIsBadSignature() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        RevCommit c = f.approve("信息员甲", 1, ITEM);
        byte[] raw = f.repo.open(c).getBytes();
        String forged = new String(raw, java.nio.charset.StandardCharsets.UTF_8).replace("Sanshen-Level: 1", "Sanshen-Level: 2");
        ObjectId id;
        try (var ins = f.repo.newObjectInserter()) {
            id = ins.insert(org.eclipse.jgit.lib.Constants.OBJ_COMMIT, forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ins.flush();
        }
        var u = f.repo.updateRef("refs/heads/main");
        u.setNewObjectId(id);
        u.forceUpdate();
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.BAD_SIGNATURE);
    }

    @Test
    void revokedReviewerIsIgnored() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, "").replace("    email: clerk@test.gov.cn\n",
                "    email: clerk@test.gov.cn\n    revoked: 2024-01-01\n"));
        f.commit(ITEM, ReviewFixture.item("x", false));
        f.approve("信息员甲", 1, ITEM);
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.REVOKED_KEY);
    }

    @Test
    void reviewerOfAnotherUnitIsWrongUnit() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("信息员甲", 1, ITEM);
        f.approve("外单位己", 2, ITEM);
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.WRONG_UNIT);
    }

    @Test
    void reviewerWithoutTheLevelRoleIsWrongRole() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("科长乙", 1, ITEM);
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.WRONG_ROLE);
    }

    @Test
    void authorMayNotApproveOwnItem() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        f.commit(ITEM, ReviewFixture.item("x", false), TestRepos.person("科长乙", "chief@test.gov.cn"));
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        ReviewReport r = f.review();
        assertThat(reasons(r)).containsExactly(IgnoreReason.SELF_APPROVAL);
        assertThat(f.status(r, ITEM).nextReviewers()).isEmpty();
    }

    @Test
    void levelWithoutPreviousLevelIsSkipped() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approve("科长乙", 2, ITEM);
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.LEVEL_SKIPPED);
    }

    @Test
    void approvalOfOldBytesIsStale() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        ObjectId old = f.blob(ITEM);
        f.commit(ITEM, ReviewFixture.item("改", false));
        f.record("信息员甲", Action.APPROVE, Level.of(1), ITEM, old, List.of());
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.STALE_BLOB);
    }

    @Test
    void approvalCommitThatChangesFilesIsIgnored() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        ApprovalRecord rec = new ApprovalRecord(Action.APPROVE, Level.of(1), List.of(new ApprovalRecord.Item(ITEM, f.blob(ITEM))),
                List.of(), "", List.of());
        try (org.eclipse.jgit.api.Git git = new org.eclipse.jgit.api.Git(f.repo)) {
            java.nio.file.Files.writeString(f.repo.getWorkTree().toPath().resolve("content/news/other.md"), "x");
            git.add().addFilepattern("content/news/other.md").call();
            git.commit().setMessage(rec.toMessage()).setSign(false).call();
        }
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.CHANGES_FILES);
    }

    @Test
    void samePersonCannotFillTwoLevels() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, "").replace("roles: [网站信息员]", "roles: [网站信息员, 责任科室负责人]"));
        f.commit(ITEM, ReviewFixture.item("x", false));
        f.approve("信息员甲", 1, ITEM);
        f.approve("信息员甲", 2, ITEM);
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.SAME_PERSON);
    }

    @Test
    void reviewerAddedWithoutAdminApprovalDoesNotCount() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        io.sanshen.testkit.TestKeys.SshKey mallory = io.sanshen.testkit.TestKeys.newSshEd25519("mallory");
        f.commit("site-config.yml", f.config(2, """
                  - name: 冒充者
                    unit: office
                    roles: [网站信息员]
                    keys: ["%s"]
                """.formatted(mallory.publicLine())));
        ApprovalRecord rec = new ApprovalRecord(Action.APPROVE, Level.of(1), List.of(new ApprovalRecord.Item(ITEM, f.blob(ITEM))),
                List.of(), "", List.of());
        CommitSigner.withSshKey(mallory.writeTo(tmp, "mallory")).commitEmpty(f.repo, rec.toMessage(), TestRepos.person("m", "m@x"));
        ReviewReport r = f.review();
        assertThat(reasons(r)).containsExactly(IgnoreReason.POLICY_NOT_APPROVED);
        assertThat(f.status(r, "site-config.yml").status()).isEqualTo(Status.PENDING);
        assertThat(r.findings()).anyMatch(x -> x.ruleId().equals("review.policy-unapproved"));
        assertThat(r.ok()).isFalse();
    }

    @Test
    void adminApprovedPolicyChangeTakesEffect() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.commit("site-config.yml", f.config(2, ""));
        f.record("管理员戊", Action.APPROVE, Level.ADMIN, "site-config.yml", f.blob("site-config.yml"), List.of());
        ReviewReport r = f.review();
        assertThat(f.status(r, "site-config.yml").status()).isEqualTo(Status.APPROVED);
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(2);
    }

    @Test
    void policyVersionMustGrow() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.commit("site-config.yml", f.config(1, "").replace("title: 政务要闻", "title: 要闻"));
        f.record("管理员戊", Action.APPROVE, Level.ADMIN, "site-config.yml", f.blob("site-config.yml"), List.of());
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.POLICY_ROLLBACK);
    }

    @Test
    void policyFilesNeedAdmins() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.commit("templates/page.ftlh", "<html></html>");
        f.record("科长乙", Action.APPROVE, Level.ADMIN, "templates/page.ftlh", f.blob("templates/page.ftlh"), List.of());
        assertThat(reasons(f.review())).containsExactly(IgnoreReason.NOT_ADMIN);
        f.record("管理员戊", Action.APPROVE, Level.ADMIN, "templates/page.ftlh", f.blob("templates/page.ftlh"), List.of());
        assertThat(f.status(f.review(), "templates/page.ftlh").status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void trustRootMustApproveFirstPolicy() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.approveChain(ITEM, false);
        String root = io.sanshen.review.signature.PublicKeys.parseSsh(f.pub("管理员戊")).fingerprint();
        ReviewReport unrooted = f.review(java.util.Optional.of(root));
        assertThat(f.status(unrooted, ITEM).status()).isEqualTo(Status.UNCOVERED);
        f.record("管理员戊", Action.APPROVE, Level.ADMIN, "site-config.yml", f.blob("site-config.yml"), List.of());
        f.approveChain(ITEM, false);
        ReviewReport rooted = f.review(java.util.Optional.of(root));
        assertThat(f.status(rooted, ITEM).status()).isEqualTo(Status.APPROVED);
        assertThat(rooted.findings()).noneMatch(x -> x.ruleId().equals("review.trust-on-first-use"));
    }

    @Test
    void squashMergedBranchLosesApprovals() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""));
        try (org.eclipse.jgit.api.Git git = new org.eclipse.jgit.api.Git(f.repo)) {
            git.checkout().setCreateBranch(true).setName("pr").call();
            f.commit(ITEM, ReviewFixture.item("x", false));
            f.approveChain(ITEM, false);
            git.checkout().setName("main").call();
            var merge = git.merge().include(f.repo.resolve("pr")).setSquash(true).call();
            assertThat(merge.getMergeStatus().isSuccessful()).isTrue();
            git.commit().setMessage("PR (#1)\n\n" + f.repo.parseCommit(f.repo.resolve("pr")).getFullMessage()
                    + "\n\nSanshen-Review: approve\nSanshen-Level: 1\n").setSign(false).call();
        }
        ReviewReport r = f.review();
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.NEVER_APPROVED);
        assertThat(reasons(r)).contains(IgnoreReason.SQUASHED);
        assertThat(r.ok()).isFalse();
    }

    @Test
    void fileOutsideAnyColumnFailsClosed() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.commit("content/unknown/x.md", ReviewFixture.item("x", false));
        ReviewReport r = f.review();
        assertThat(f.status(r, "content/unknown/x.md").status()).isEqualTo(Status.UNCOVERED);
        assertThat(r.ok()).isFalse();
    }
}
