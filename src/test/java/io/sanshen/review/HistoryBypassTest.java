package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.PathReview.Status;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.PublicKeys;
import io.sanshen.testkit.GitCli;
import io.sanshen.testkit.TestKeys;
import io.sanshen.testkit.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review classes 1-3 of issue #9, tried the way an attacker with push rights and one stolen reviewer key would:
 * plain git (orphan branches, {@code merge -s ours}, back-dated commits) and real signatures. Order, key validity and
 * key files must come from where a record enters the first-parent history, never from dates the signer chose.
 */
class HistoryBypassTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** An item the attacker wants online. */
    private static final String FAKE = "content/news/2024-05-23-紧急通知.md";
    private static final String KEY_FILE = "keys/chief.asc";
    private static final Instant MAIN_TIME = Instant.parse("2024-05-22T08:00:00Z"); // TestRepos.person's date

    @TempDir
    Path tmp;

    // ---- class 1: trust on first use --------------------------------------------------------------------------

    @Test
    void orphanHistoryMergedWithOursDoesNotBecomeTheRootOfTrust() throws Exception {
        ReviewFixture f = siteWithApprovedItem();
        ObjectId legit = f.blob("site-config.yml");
        List<RevCommit> forged = orphanAttack(f, MAIN_TIME);

        ReviewReport rooted = f.review(Optional.of(adminRoot(f)));
        assertNotPublished(f, rooted, FAKE);
        assertThat(rooted.policyBlob()).as("the legit first version stays in force").contains(legit);
        assertThat(f.status(rooted, ITEM).status()).isEqualTo(Status.APPROVED);
        assertIgnored(rooted, forged);
        assertNoRootOnFirstUse(f, f.review());
    }

    @Test
    void orphanHistoryDatedBeforeTheSiteDoesNotBecomeTheRootOfTrust() throws Exception {
        ReviewFixture f = siteWithApprovedItem();
        ObjectId legit = f.blob("site-config.yml");
        List<RevCommit> forged = orphanAttack(f, Instant.parse("2020-01-01T00:00:00Z"));

        ReviewReport rooted = f.review(Optional.of(adminRoot(f)));
        assertNotPublished(f, rooted, FAKE);
        assertThat(rooted.policyBlob()).as("the legit first version stays in force").contains(legit);
        assertThat(f.status(rooted, ITEM).status()).isEqualTo(Status.APPROVED);
        assertIgnored(rooted, forged);
        assertNoRootOnFirstUse(f, f.review());
    }

    @Test
    void orphanKeyFilesBesideTheApprovedConfigDoNotCount() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        Map<String, String> reviewers = Map.of("信息员甲", "keys/clerk.asc", "科长乙", KEY_FILE, "分管丙", "keys/deputy.asc");
        String config = f.config(1, "");
        Map<String, TestKeys.PgpKey> real = new HashMap<>();
        Map<String, TestKeys.PgpKey> stolen = new HashMap<>();
        Map<String, String> realFiles = new HashMap<>();
        Map<String, String> stolenFiles = new HashMap<>();
        for (Map.Entry<String, String> e : reviewers.entrySet()) {
            config = config.replace("keys: [\"" + f.pub(e.getKey()) + "\"]", "keys: [{openpgp: " + e.getValue() + "}]");
            real.put(e.getKey(), TestKeys.newPgpEd25519(e.getKey() + " <real@test.gov.cn>"));
            stolen.put(e.getKey(), TestKeys.newPgpEd25519(e.getKey() + " <mallory@test.gov.cn>"));
            realFiles.put(e.getValue(), real.get(e.getKey()).armoredPublic());
            stolenFiles.put(e.getValue(), stolen.get(e.getKey()).armoredPublic());
        }
        realFiles.put("site-config.yml", config);
        stolenFiles.put("site-config.yml", config);
        commitFiles(f, day(1), realFiles);
        f.commit(ITEM, ReviewFixture.item("会议纪要", false), person(day(1)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(1));
        sign(f, pgp(real.get("信息员甲")), Level.of(1), ITEM, day(2));
        sign(f, pgp(real.get("科长乙")), Level.of(2), ITEM, day(2));
        sign(f, pgp(real.get("分管丙")), Level.of(3), ITEM, day(2));
        ObjectId legit = f.blob("site-config.yml");

        // an orphan dated before the site: the very same site-config.yml bytes beside the attacker's key files
        Instant old = Instant.parse("2020-01-01T00:00:00Z");
        git(f, old, "checkout", "-q", "--orphan", "evil");
        git(f, old, "rm", "-rqf", ".");
        commitFiles(f, old, stolenFiles);
        git(f, MAIN_TIME, "checkout", "-q", "main");
        git(f, MAIN_TIME, "merge", "-q", "-s", "ours", "--allow-unrelated-histories", "-m", "合并", "evil");
        f.commit(FAKE, ReviewFixture.item("紧急通知", false));
        List<RevCommit> forged = List.of(sign(f, pgp(stolen.get("信息员甲")), Level.of(1), FAKE, MAIN_TIME),
                sign(f, pgp(stolen.get("科长乙")), Level.of(2), FAKE, MAIN_TIME),
                sign(f, pgp(stolen.get("分管丙")), Level.of(3), FAKE, MAIN_TIME));

        ReviewReport rooted = f.review(Optional.of(adminRoot(f)));
        assertNotPublished(f, rooted, FAKE);
        assertThat(rooted.policyBlob()).contains(legit);
        assertThat(f.status(rooted, ITEM).status()).isEqualTo(Status.APPROVED);
        assertIgnored(rooted, forged);
        assertNoRootOnFirstUse(f, f.review());
    }

    /** v1 trusted on first use and approved by the real admin (the trust root), one item fully approved. */
    private ReviewFixture siteWithApprovedItem() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.record("管理员戊", Action.APPROVE, Level.ADMIN, "site-config.yml", f.blob("site-config.yml"), List.of());
        f.approveChain(ITEM, false);
        return f;
    }

    private static String adminRoot(ReviewFixture f) {
        return PublicKeys.parseSsh(f.pub("管理员戊")).fingerprint();
    }

    /**
     * An orphan branch with the attacker's own site-config.yml (the same reviewer names, the attacker's fresh keys),
     * an admin approval of it and levels 1-3 plus confidentiality for {@link #FAKE}, all dated {@code when}; merged
     * into main with {@code -s ours --allow-unrelated-histories}; then FAKE's bytes committed on main unreviewed.
     * Returns the signed records.
     */
    private List<RevCommit> orphanAttack(ReviewFixture f, Instant when) throws Exception {
        ReviewFixture attacker = new ReviewFixture(tmp.resolve("attacker"));
        git(f, when, "checkout", "-q", "--orphan", "evil");
        git(f, when, "rm", "-rqf", ".");
        write(f, "site-config.yml", attacker.config(1, ""));
        write(f, FAKE, ReviewFixture.item("紧急通知", false));
        git(f, when, "add", "site-config.yml", FAKE);
        git(f, when, "commit", "-q", "-m", "站点初始化");
        List<RevCommit> forged = new ArrayList<>();
        forged.add(sign(f, ssh(attacker, "管理员戊"), Level.ADMIN, "site-config.yml", when));
        forged.add(sign(f, ssh(attacker, "信息员甲"), Level.of(1), FAKE, when));
        forged.add(sign(f, ssh(attacker, "科长乙"), Level.of(2), FAKE, when));
        forged.add(sign(f, ssh(attacker, "分管丙"), Level.of(3), FAKE, when));
        forged.add(sign(f, ssh(attacker, "分管丙"), Level.CONFIDENTIALITY, FAKE, when));
        git(f, MAIN_TIME, "checkout", "-q", "main");
        git(f, MAIN_TIME, "merge", "-q", "-s", "ours", "--allow-unrelated-histories", "-m", "合并", "evil");
        f.commit(FAKE, ReviewFixture.item("紧急通知", false));
        return forged;
    }

    // ---- class 2: order by dates the signer chose -------------------------------------------------------------

    @Test
    void aRecordAlteredAfterSigningOnASideBranchMergedLaterDoesNotCompleteTheItemForTheBuildEither() throws Exception {
        ReviewFixture f = siteWithLevelOne();
        sign(f, ssh(f, "科长乙"), Level.of(2), ITEM, day(3));
        git(f, day(4), "checkout", "-q", "-b", "side");
        sign(f, ssh(f, "分管丙"), Level.of(3), ITEM, day(4)); // level 3 attests 保密 too: the item is complete
        // the last record the item needs is edited after it was signed (its signature no longer holds)
        ObjectId forged = TestRepos.forgeHead(f.repo, "Sanshen-Opinion: 同意\n", "Sanshen-Opinion: 同意发布\n");
        git(f, day(5), "checkout", "-q", "main");
        git(f, day(6), "merge", "-q", "--no-ff", "-m", "合并 side", "side");

        // f.review() also runs a build's review (deciding signatures only) and fails if it publishes anything else
        ReviewReport r = f.review();
        assertThat(r.ignored()).filteredOn(i -> i.commit().equals(forged)).extracting(IgnoredRecord::reason)
                .containsExactly(IgnoreReason.BAD_SIGNATURE);
        assertNotPublished(f, r, ITEM);
    }

    @Test
    void rotatedOutKeyOnBackDatedBranchDoesNotCountWhenMergedAfterRotation() throws Exception {
        ReviewFixture f = siteWithLevelOne();
        String branchPoint = head(f);
        TestKeys.SshKey k2 = TestKeys.newSshEd25519("chief-2024@test.gov.cn");
        f.commit("site-config.yml", f.config(2, "").replace(f.pub("科长乙"), k2.publicLine()), person(day(10)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(10));

        // the attacker kept 科长乙's old key: signs on a branch from before v2, back-dated, and merges it after v2
        git(f, day(3), "checkout", "-q", "-b", "old-key", branchPoint);
        RevCommit stolen = sign(f, ssh(f, "科长乙"), Level.of(2), ITEM, day(3));
        git(f, day(3), "checkout", "-q", "main");
        git(f, day(20), "merge", "-q", "--no-ff", "-m", "合并 old-key", "old-key");
        finishChain(f, day(21));

        ReviewReport r = f.review();
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(2);
        assertIgnoredAs(r, stolen, IgnoreReason.REVOKED_KEY, IgnoreReason.UNKNOWN_KEY, IgnoreReason.POLICY_NOT_APPROVED);
        assertNotPublished(f, r, ITEM);
    }

    @Test
    void revokedReviewerOnBackDatedBranchWithBackDatedMergeDoesNotCount() throws Exception {
        ReviewFixture f = siteWithLevelOne();
        String branchPoint = head(f);
        f.commit("site-config.yml", f.config(2, "").replace("    email: chief@test.gov.cn\n",
                "    email: chief@test.gov.cn\n    revoked: 2024-05-15\n"), person(day(16)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(16));

        // record and merge commit both dated before the revocation day; the mainline already passed it (16th)
        git(f, day(3), "checkout", "-q", "-b", "old-key", branchPoint);
        RevCommit stolen = sign(f, ssh(f, "科长乙"), Level.of(2), ITEM, day(3));
        git(f, day(3), "checkout", "-q", "main");
        git(f, day(12), "merge", "-q", "--no-ff", "-m", "合并 old-key", "old-key");
        finishChain(f, day(21));

        ReviewReport r = f.review();
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(2);
        assertIgnoredAs(r, stolen, IgnoreReason.REVOKED_KEY);
        assertNotPublished(f, r, ITEM);
    }

    /*
     * The two tests below pass no date trick at all: the attacker merges main INTO the branch and pushes the result
     * as a fast-forward (no force push), so the branch becomes the first-parent history and its records are judged
     * before the rotation that the second parent brings. The graph looks the same as an honest "update branch, then
     * fast-forward". For a content key RotationGuard settles it by ancestry: the record is neither before nor after the
     * rotation, so it does not count, whichever parent is first.
     */
    @Test
    void rotatedOutKeyOnFirstParentOfFastForwardedMergeDoesNotCount() throws Exception {
        ReviewFixture f = siteWithLevelOne();
        String branchPoint = head(f);
        TestKeys.SshKey k2 = TestKeys.newSshEd25519("chief-2024@test.gov.cn");
        f.commit("site-config.yml", f.config(2, "").replace(f.pub("科长乙"), k2.publicLine()), person(day(10)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(10));

        // the attacker's record becomes the first parent: main is merged INTO the branch, then main fast-forwards
        git(f, day(20), "checkout", "-q", "-b", "old-key", branchPoint);
        RevCommit stolen = sign(f, ssh(f, "科长乙"), Level.of(2), ITEM, day(20));
        git(f, day(20), "merge", "-q", "--no-ff", "-m", "合并 main", "main");
        git(f, day(20), "checkout", "-q", "main");
        git(f, day(20), "merge", "-q", "--ff-only", "old-key");
        finishChain(f, day(21));

        ReviewReport r = f.review();
        assertIgnoredAs(r, stolen, IgnoreReason.REVOKED_KEY, IgnoreReason.UNKNOWN_KEY, IgnoreReason.POLICY_NOT_APPROVED);
        assertNotPublished(f, r, ITEM);
    }

    @Test
    void rotatedOutAdminKeyOnFirstParentOfFastForwardedMergeCannotReplaceThePolicy() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""), person(day(1)));
        f.commit(ITEM, ReviewFixture.item("会议纪要", false), person(day(1)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(1));
        String branchPoint = head(f);
        TestKeys.SshKey a2 = TestKeys.newSshEd25519("admin-2024@test.gov.cn");
        f.commit("site-config.yml", f.config(2, "").replace(f.pub("管理员戊"), a2.publicLine()), person(day(10)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(10));

        // with the rotated-out admin key: a policy of the attacker's own on a branch that becomes the first parent
        ReviewFixture attacker = new ReviewFixture(tmp.resolve("attacker"));
        git(f, day(20), "checkout", "-q", "-b", "old-admin", branchPoint);
        commitFiles(f, day(20), Map.of("site-config.yml", attacker.config(3, "")));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(20));
        commitFiles(f, day(20), Map.of(FAKE, ReviewFixture.item("紧急通知", false)));
        sign(f, ssh(attacker, "信息员甲"), Level.of(1), FAKE, day(20));
        sign(f, ssh(attacker, "科长乙"), Level.of(2), FAKE, day(20));
        sign(f, ssh(attacker, "分管丙"), Level.of(3), FAKE, day(20));
        git(f, day(20), "merge", "-q", "--no-ff", "-X", "ours", "-m", "合并 main", "main");
        git(f, day(20), "checkout", "-q", "main");
        git(f, day(20), "merge", "-q", "--ff-only", "old-admin");

        ReviewReport r = f.review(Optional.of(adminRoot(f)));
        assertNotPublished(f, r, FAKE);
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(2);
        assertThat(r.findings()).anyMatch(x -> x.ruleId().equals("review.policy-fork"));
    }

    /** The honest counterpart: policy changes made and approved on pull-request branches, merged one after another. */
    @Test
    void policyChangesApprovedOnMergedBranchesTakeEffectInTurn() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""), person(day(1)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(1));
        for (int version = 2; version <= 3; version++) {
            git(f, day(version * 2), "checkout", "-q", "-b", "policy-" + version);
            commitFiles(f, day(version * 2), Map.of("site-config.yml", f.config(version, "")));
            sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(version * 2));
            git(f, day(version * 2), "checkout", "-q", "main");
            git(f, day(version * 2 + 1), "merge", "-q", "--no-ff", "-m", "合并 policy-" + version, "policy-" + version);
        }
        ReviewReport r = f.review(Optional.of(adminRoot(f)));
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(3);
        assertThat(r.findings()).noneMatch(x -> x.ruleId().equals("review.policy-fork"));
        assertThat(r.ignored()).isEmpty();
    }

    @Test
    void sideBranchRecordMergedBeforeRotationCounts() throws Exception {
        ReviewFixture f = siteWithLevelOne();
        git(f, day(3), "checkout", "-q", "-b", "review");
        RevCommit honest = sign(f, ssh(f, "科长乙"), Level.of(2), ITEM, day(3));
        git(f, day(3), "checkout", "-q", "main");
        git(f, day(4), "merge", "-q", "--no-ff", "-m", "合并 review", "review");
        TestKeys.SshKey k2 = TestKeys.newSshEd25519("chief-2024@test.gov.cn");
        f.commit("site-config.yml", f.config(2, "").replace(f.pub("科长乙"), k2.publicLine()), person(day(10)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(10));
        finishChain(f, day(21));

        ReviewReport r = f.review();
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(2);
        PathReview p = f.status(r, ITEM);
        assertThat(p.status()).isEqualTo(Status.APPROVED);
        assertThat(p.approvals()).extracting(Approval::commit).contains(honest.getId());
        assertThat(r.ignored()).isEmpty();
    }

    // ---- class 3: key files read from the wrong version -------------------------------------------------------

    @Test
    void keyFileFromBackDatedSideBranchDoesNotReplaceTheApprovedKey() throws Exception {
        ReviewFixture f = siteWithLevelOne();
        String branchPoint = head(f);
        String v2 = withKeyFile(f.config(2, ""), f);
        commitFiles(f, day(10), Map.of("site-config.yml", v2, KEY_FILE, TestKeys.pgpRsa3072().armoredPublic()));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(10));

        // same site-config.yml bytes, the attacker's key file, back-dated before v2; merged keeping main's tree
        git(f, day(5), "checkout", "-q", "-b", "keys", branchPoint);
        commitFiles(f, day(5), Map.of("site-config.yml", v2, KEY_FILE, TestKeys.pgpRsa3072Other().armoredPublic()));
        git(f, day(5), "checkout", "-q", "main");
        git(f, day(12), "merge", "-q", "-s", "ours", "-m", "合并 keys", "keys");
        RevCommit forged = sign(f, pgp(TestKeys.pgpRsa3072Other()), Level.of(2), ITEM, day(13));
        finishChain(f, day(14));

        ReviewReport r = f.review();
        assertThat(r.policy().orElseThrow().review().version()).isEqualTo(2);
        assertIgnored(r, List.of(forged));
        assertNotPublished(f, r, ITEM);

        // the admin-approved key file is the one in force
        sign(f, pgp(TestKeys.pgpRsa3072()), Level.of(2), ITEM, day(15));
        sign(f, ssh(f, "分管丙"), Level.of(3), ITEM, day(15));
        assertThat(f.status(f.review(), ITEM).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void keyFileReplacedBetweenTwoAdminApprovalsIsNotAdmitted() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        String v1 = f.config(1, "").replace("admins: [管理员戊]", "admins: [管理员戊, 主任丁]\n  admin-threshold: 2");
        f.commit("site-config.yml", v1, person(day(1)));
        f.commit(ITEM, ReviewFixture.item("会议纪要", false), person(day(1)));
        sign(f, ssh(f, "信息员甲"), Level.of(1), ITEM, day(2));
        String v2 = withKeyFile(f.config(2, "").replace("admins: [管理员戊]", "admins: [管理员戊, 主任丁]\n  admin-threshold: 2"), f);
        commitFiles(f, day(10), Map.of("site-config.yml", v2, KEY_FILE, TestKeys.pgpRsa3072().armoredPublic()));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(10));
        // between the two admin approvals the attacker puts their own key under the approved name
        commitFiles(f, day(11), Map.of(KEY_FILE, TestKeys.pgpRsa3072Other().armoredPublic()));
        sign(f, ssh(f, "主任丁"), Level.ADMIN, "site-config.yml", day(12));
        RevCommit forged = sign(f, pgp(TestKeys.pgpRsa3072Other()), Level.of(2), ITEM, day(13));
        finishChain(f, day(14));

        ReviewReport r = f.review();
        assertThat(r.policy().orElseThrow().review().version()).as("v2 not admitted").isEqualTo(1);
        assertThat(f.status(r, "site-config.yml").status()).isNotEqualTo(Status.APPROVED);
        assertThat(r.ignored()).anyMatch(x -> x.path().equals("site-config.yml")
                && x.reason() == IgnoreReason.POLICY_NOT_APPROVED);
        assertIgnored(r, List.of(forged));
        assertNotPublished(f, r, ITEM);
    }

    // ---- policy admitted inside a side branch -------------------------------------------------------------------

    @Test
    void reviewerAddedOnPolicyBranchCountsOnlyAfterItsMerge() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""), person(day(1)));
        f.commit(ITEM, ReviewFixture.item("会议纪要", false), person(day(1)));
        TestKeys.SshKey newcomer = TestKeys.newSshEd25519("newchief@test.gov.cn");
        Path newcomerKey = newcomer.writeTo(tmp, "newcomer");

        git(f, day(2), "checkout", "-q", "-b", "policy");
        f.commit("site-config.yml", f.config(2, """
                  - name: 新科长
                    unit: office
                    roles: [责任科室负责人]
                    keys: ["%s"]
                """.formatted(newcomer.publicLine())), person(day(2)));
        sign(f, ssh(f, "管理员戊"), Level.ADMIN, "site-config.yml", day(2));
        sign(f, ssh(f, "信息员甲"), Level.of(1), ITEM, day(3));
        RevCommit early = sign(f, CommitSigner.withSshKey(newcomerKey), Level.of(2), ITEM, day(3));
        sign(f, ssh(f, "分管丙"), Level.of(3), ITEM, day(3));
        sign(f, ssh(f, "分管丙"), Level.CONFIDENTIALITY, ITEM, day(3));
        git(f, day(3), "checkout", "-q", "main");
        git(f, day(4), "merge", "-q", "--no-ff", "-m", "合并 policy", "policy");

        ReviewReport merged = f.review();
        assertThat(merged.policy().orElseThrow().review().version()).isEqualTo(2);
        assertIgnoredAs(merged, early, IgnoreReason.POLICY_NOT_APPROVED, IgnoreReason.UNKNOWN_KEY);
        assertNotPublished(f, merged, ITEM);

        RevCommit after = sign(f, CommitSigner.withSshKey(newcomerKey), Level.of(2), ITEM, day(5));
        sign(f, ssh(f, "分管丙"), Level.of(3), ITEM, day(5));
        PathReview p = f.status(f.review(), ITEM);
        assertThat(p.status()).isEqualTo(Status.APPROVED);
        assertThat(p.approvals()).extracting(Approval::commit).contains(after.getId()).doesNotContain(early.getId());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** v1 and the item on May 1st, level 1 by 信息员甲 on May 2nd. */
    private ReviewFixture siteWithLevelOne() throws Exception {
        ReviewFixture f = new ReviewFixture(tmp);
        f.commit("site-config.yml", f.config(1, ""), person(day(1)));
        f.commit(ITEM, ReviewFixture.item("会议纪要", false), person(day(1)));
        sign(f, ssh(f, "信息员甲"), Level.of(1), ITEM, day(2));
        return f;
    }

    /** Level 3 and confidentiality by 分管丙, who trusts that level 2 is there. */
    private static void finishChain(ReviewFixture f, Instant when) throws Exception {
        sign(f, ssh(f, "分管丙"), Level.of(3), ITEM, when);
        sign(f, ssh(f, "分管丙"), Level.CONFIDENTIALITY, ITEM, when);
    }

    private static String withKeyFile(String config, ReviewFixture f) {
        return config.replace("keys: [\"" + f.pub("科长乙") + "\"]", "keys: [{openpgp: " + KEY_FILE + "}]");
    }

    private static void assertNotPublished(ReviewFixture f, ReviewReport r, String path) {
        assertThat(f.status(r, path).status()).as(path + " status").isNotEqualTo(Status.APPROVED);
        assertThat(r.publishable()).as("publishable").doesNotContainKey(path);
    }

    /** Every one of {@code records} is ignored, none counted. */
    private static void assertIgnored(ReviewReport r, List<RevCommit> records) {
        List<ObjectId> ignored = r.ignored().stream().map(IgnoredRecord::commit).toList();
        for (RevCommit c : records) {
            assertThat(ignored).as("record " + c.getShortMessage() + " ignored; ignored: " + r.ignored()).contains(c.getId());
        }
        for (PathReview p : r.paths()) {
            assertThat(p.approvals()).extracting(Approval::commit).doesNotContainAnyElementsOf(
                    records.stream().map(RevCommit::getId).toList());
        }
    }

    private static void assertIgnoredAs(ReviewReport r, RevCommit record, IgnoreReason... reasons) {
        assertIgnored(r, List.of(record));
        assertThat(r.ignored()).filteredOn(x -> x.commit().equals(record.getId())).extracting(IgnoredRecord::reason)
                .allMatch(List.of(reasons)::contains, "one of " + List.of(reasons));
    }

    private static Instant day(int dayOfMay) {
        return LocalDate.of(2024, 5, dayOfMay).atTime(10, 0).atZone(CHINA).toInstant();
    }

    private static PersonIdent person(Instant when) {
        return new PersonIdent("编辑 Editor", "editor@test.gov.cn", when, CHINA);
    }

    private static CommitSigner ssh(ReviewFixture f, String name) throws Exception {
        return CommitSigner.withSshKey(f.keyFiles.get(name));
    }

    private static CommitSigner pgp(TestKeys.PgpKey key) throws Exception {
        return CommitSigner.withOpenPgpKey(key.armoredSecret(), null);
    }

    /** A signed approval record of {@code path}'s bytes at HEAD, on the current branch, dated {@code when}. */
    private static RevCommit sign(ReviewFixture f, CommitSigner signer, Level level, String path, Instant when)
            throws Exception {
        List<String> checks = level.confidentiality() ? List.of("保密")
                : !level.admin() && level.number() == 3 ? List.of("政治", "政策", "文字", "保密", "舆情") : List.of("文字");
        ApprovalRecord r = new ApprovalRecord(Action.APPROVE, level, List.of(new ApprovalRecord.Item(path, f.blob(path))),
                checks, "同意", List.of());
        return signer.commitEmpty(f.repo, r.toMessage(), new PersonIdent("审核人", "reviewer@test.gov.cn", when, CHINA));
    }

    private static void commitFiles(ReviewFixture f, Instant when, Map<String, String> files) throws Exception {
        for (Map.Entry<String, String> e : files.entrySet()) {
            write(f, e.getKey(), e.getValue());
            git(f, when, "add", e.getKey());
        }
        git(f, when, "commit", "-q", "-m", "edit " + String.join(" ", files.keySet()));
    }

    private static void write(ReviewFixture f, String path, String content) throws IOException {
        Path file = f.repo.getWorkTree().toPath().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String head(ReviewFixture f) throws IOException {
        return f.repo.resolve("HEAD").name();
    }

    /** Command-line git in the fixture's work tree, author and committer dated {@code when}; no global config. */
    private static void git(ReviewFixture f, Instant when, String... args) throws Exception {
        GitCli.run(f.repo.getWorkTree().toPath(), f.dir, "攻击者", "mallory@test.gov.cn", when, args);
    }

    /**
     * With an unrelated history merged in there are several root commits, and which one is "first" is the pusher's
     * choice: without a trust root nothing is trusted on first use, so nothing (forged or not) is published.
     */
    private static void assertNoRootOnFirstUse(ReviewFixture f, ReviewReport r) throws Exception {
        assertThat(r.policyBlob()).isEmpty();
        assertThat(r.findings()).anyMatch(x -> x.ruleId().equals(PolicyTimeline.ROOTS) && x.isBlocker());
        assertThat(r.publishable()).isEmpty();
    }
}
