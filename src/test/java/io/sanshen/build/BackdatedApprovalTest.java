package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import io.sanshen.testkit.GitCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code format.backdated} judges an item's date against the moment the review log says its bytes became fully
 * approved — where the completing record entered the published history — never against the dates records carry:
 * those are whatever the committer chose. Attacks made with plain command-line git, signed by the real reviewers.
 */
class BackdatedApprovalTest {
    private static final String A = "content/news/a.md";
    private static final LocalDate TODAY = ReviewedSite.TODAY;

    @TempDir
    Path tmp;

    @Test
    void aBackdatedCompletingApprovalDoesNotHideABackdatedItem() throws Exception {
        ReviewedSite s = itemDated3DaysAgoApprovedToLevel2();
        gitRecord(s, "分管丙", 3, TODAY.minusDays(5));

        assertBackdated(s.build(false));
        assertBackdated(s.build(false)); // the second build reads the cached review report, which has no log
    }

    @Test
    void anApprovalMergedLaterFromASideBranchCountsWhenItIsMerged() throws Exception {
        ReviewedSite s = itemDated3DaysAgoApprovedToLevel2();
        git(s, TODAY.minusDays(6), "checkout", "-q", "-b", "side");
        gitRecord(s, "分管丙", 3, TODAY.minusDays(5));
        git(s, TODAY.minusDays(5), "checkout", "-q", "main");
        git(s, TODAY, "commit", "-q", "--allow-empty", "-m", "mainline moves on");
        git(s, TODAY, "merge", "-q", "--no-ff", "-m", "merge side", "side");

        BuildReport r = s.build(false);
        assertBackdated(r);
    }

    /** A's levels 1 and 2 recorded today; level 3, which completes the approval, is the test's. */
    private ReviewedSite itemDated3DaysAgoApprovedToLevel2() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("补发的稿件", TODAY.minusDays(3), "正文。"));
        s.commitAll("item");
        s.recordDirectly("信息员甲", 1, A, List.of());
        s.recordDirectly("科长乙", 2, A, List.of());
        return s;
    }

    private static void assertBackdated(BuildReport r) {
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(ReviewFindings.BACKDATED)).as("%s", r.findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.pos().path()).isEqualTo(A);
                    assertThat(f.pos().line()).isEqualTo(3);
                    assertThat(f.message().en()).contains("final approval on " + TODAY);
                });
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(A);
    }

    /** Level {@code level} for A's blob at HEAD, signed with {@code who}'s real key by command-line git, dated {@code day}. */
    private static void gitRecord(ReviewedSite s, String who, int level, LocalDate day) throws Exception {
        ApprovalRecord r = new ApprovalRecord(ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.of(level),
                List.of(new ApprovalRecord.Item(A, s.blob(A))), List.of("政治", "政策", "文字", "保密", "舆情"), "同意",
                List.of());
        Path message = s.dir.resolve("message.txt");
        Files.writeString(message, r.toMessage(), StandardCharsets.UTF_8);
        git(s, day, "-c", "gpg.format=ssh", "-c", "user.signingkey=" + s.keys.get(who), "commit", "-q",
                "--allow-empty", "-S", "-F", message.toString());
    }

    /** Command-line git in the site, author and committer dated noon of {@code day} (China); no global config. */
    private static void git(ReviewedSite s, LocalDate day, String... args) throws Exception {
        GitCli.run(s.root, s.dir, "审核人", "reviewer@test.gov.cn", day.atTime(12, 0).toInstant(ZoneOffset.ofHours(8)),
                args);
    }
}
