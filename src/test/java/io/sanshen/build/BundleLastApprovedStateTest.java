package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.PublicKeys;
import io.sanshen.testkit.GitCli;
import io.sanshen.testkit.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published bundle keeps its last fully approved state when a change to it is not (yet) approved — the state the
 * ledger shows online — instead of going offline whole or mixing approved and unapproved files: the new, renamed or
 * restored file is reported as pending review and not published. Changes made the way an editor with Git could.
 */
class BundleLastApprovedStateTest {
    private static final String INDEX = "content/news/b1/index.md";
    private static final String TABLE = "content/news/b1/值班表.csv";
    private static final String NEW = "content/news/b1/新表.csv";
    private static final String V1 = "关于防汛值班的通知";

    @TempDir
    Path tmp;

    private ReviewedSite s;

    @BeforeEach
    void publishedBundle() throws Exception {
        s = new ReviewedSite(tmp);
        s.write(INDEX, ReviewedSite.item(V1, ReviewedSite.TODAY, "## 工作要求\n请按值班表到岗，见附件[值班表](值班表.csv)。"));
        s.write(TABLE, "日期,值班人\n5月1日,张三\n");
        s.commitAll("bundle");
        s.approveChain(INDEX);
        s.approveChain(TABLE);
        assertPublishedAsApproved(build());
    }

    @Test
    void aNewAttachmentLinkedFromAnApprovedEditWaitsWhileTheLastApprovedBundleStaysOnline() throws Exception {
        s.write(NEW, "日期,值班人\n6月1日,李四\n");
        s.write(INDEX, ReviewedSite.item("关于防汛值班的补充通知", ReviewedSite.TODAY,
                "## 工作要求\n请按值班表到岗，见附件[值班表](值班表.csv)和[新表](新表.csv)。"));
        s.commitAll("new attachment, linked from the page");
        s.approveChain(INDEX); // the page is approved, its new attachment is not: the bundle is not whole

        BuildReport r = build();
        assertPublishedAsApproved(r);
        assertThat(s.out(false).resolve("news/b1/新表.csv")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(NEW);
        assertThat(r.olderVersions()).extracting(Exclusion::path).containsExactly(INDEX);
        assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("link."));
        assertThat(build().excluded()).as("from the cached review report").isEqualTo(r.excluded());
        assertPublishedAsApproved(r);

        s.approveChain(NEW);
        BuildReport whole = build();
        assertThat(page()).contains("关于防汛值班的补充通知");
        assertThat(s.out(false).resolve("news/b1/新表.csv")).hasContent("日期,值班人\n6月1日,李四");
        assertThat(whole.excluded()).isEmpty();
    }

    @Test
    void aRenamedAttachmentIsNotPublishedUnderItsNewName() throws Exception {
        try (Git git = new Git(s.repo)) {
            Files.move(s.root.resolve(TABLE), s.root.resolve(NEW));
            git.rm().addFilepattern(TABLE).call();
            git.add().addFilepattern(NEW).call();
            git.commit().setMessage("rename").setSign(false).call();
        }

        BuildReport r = build();
        assertPublishedAsApproved(r);
        assertThat(s.out(false).resolve("news/b1/新表.csv")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(NEW);
    }

    @Test
    void aDeletedAttachmentStaysOnlineUntilItsWithdrawalIsApproved() throws Exception {
        try (Git git = new Git(s.repo)) {
            git.rm().addFilepattern(TABLE).call();
            git.commit().setMessage("delete the attachment").setSign(false).call();
        }

        BuildReport r = build();
        assertPublishedAsApproved(r);
        assertThat(r.excluded()).isEmpty();
    }

    @Test
    void aFileBroughtInByAnUnrelatedHistoryWaitsForApproval() throws Exception {
        git("checkout", "-q", "--orphan", "other");
        git("rm", "-rq", "--cached", ".");
        Files.writeString(s.root.resolve(NEW), "日期,值班人\n6月1日,李四\n", StandardCharsets.UTF_8);
        git("add", NEW);
        git("commit", "-q", "-m", "unrelated history");
        git("checkout", "-q", "-f", "main");
        git("merge", "-q", "--allow-unrelated-histories", "--no-ff", "-m", "merge other", "other");
        assertThat(s.root.resolve(NEW)).exists();

        approvePolicyFilesAgain(); // with a trust root, the files admitted with the first config need a second record
        BuildReport r = new SiteBuild(new BuildOptions(s.root, s.out(false), false, false, ReviewedSite.TODAY, false)
                .withTrustRoot(Optional.of(adminFingerprint()))).run();
        assertPublishedAsApproved(r);
        assertThat(s.out(false).resolve("news/b1/新表.csv")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(NEW);
    }

    private BuildReport build() throws Exception {
        return s.build(false);
    }

    private String page() throws Exception {
        return Files.readString(s.out(false).resolve("news/b1.html"));
    }

    /** The first approved state is online: its page and its attachment, byte for byte. */
    private void assertPublishedAsApproved(BuildReport r) throws Exception {
        assertThat(s.out(false).resolve("news/b1.html")).as("%s", r.excluded()).exists();
        assertThat(page()).contains(V1).doesNotContain("补充通知");
        assertThat(s.out(false).resolve("news/b1/值班表.csv")).hasContent("日期,值班人\n5月1日,张三");
    }

    private void approvePolicyFilesAgain() throws Exception {
        List<ApprovalRecord.Item> items = new ArrayList<>();
        try (var files = Files.walk(s.root.resolve("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = s.root.relativize(f).toString();
                items.add(new ApprovalRecord.Item(path, s.blob(path)));
            }
        }
        items.add(new ApprovalRecord.Item("content/_index.md", s.blob("content/_index.md")));
        ApprovalRecord r = new ApprovalRecord(ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.ADMIN, items,
                List.of(), "同意", List.of());
        CommitSigner.withSshKey(s.keys.get("管理员戊")).commitEmpty(s.repo, r.toMessage(),
                TestRepos.person("管理员戊", "x@test.gov.cn"));
    }

    private String adminFingerprint() throws Exception {
        Path pub = Path.of(s.keys.get("管理员戊") + ".pub");
        return PublicKeys.parseSsh(Files.readString(pub).strip()).fingerprint();
    }

    /** Command-line git in the site, as an editor; no global config. */
    private void git(String... args) throws Exception {
        GitCli.run(s.root, s.dir, "信息员", "editor@test.gov.cn", Instant.now(), args);
    }
}
