package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("补发的稿件", TODAY.minusDays(3), "正文。"));
        s.commitAll("item");
        s.recordDirectly("信息员甲", 1, A, List.of());
        s.recordDirectly("科长乙", 2, A, List.of());
        gitRecord(s, "分管丙", 3, TODAY.minusDays(5));

        assertBackdated(s.build(false));
        assertBackdated(s.build(false)); // the second build reads the cached review report, which has no log
    }

    @Test
    void anApprovalMergedLaterFromASideBranchCountsWhenItIsMerged() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("补发的稿件", TODAY.minusDays(3), "正文。"));
        s.commitAll("item");
        s.recordDirectly("信息员甲", 1, A, List.of());
        s.recordDirectly("科长乙", 2, A, List.of());
        git(s, TODAY.minusDays(6), "checkout", "-q", "-b", "side");
        gitRecord(s, "分管丙", 3, TODAY.minusDays(5));
        git(s, TODAY.minusDays(5), "checkout", "-q", "main");
        git(s, TODAY, "commit", "-q", "--allow-empty", "-m", "mainline moves on");
        git(s, TODAY, "merge", "-q", "--no-ff", "-m", "merge side", "side");

        BuildReport r = s.build(false);
        assertBackdated(r);
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
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(s.root.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HOME", s.dir.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        Instant when = day.atTime(12, 0).toInstant(ZoneOffset.ofHours(8));
        String date = "@" + when.getEpochSecond() + " +0800";
        env.put("GIT_AUTHOR_NAME", "审核人");
        env.put("GIT_AUTHOR_EMAIL", "reviewer@test.gov.cn");
        env.put("GIT_AUTHOR_DATE", date);
        env.put("GIT_COMMITTER_NAME", "审核人");
        env.put("GIT_COMMITTER_EMAIL", "reviewer@test.gov.cn");
        env.put("GIT_COMMITTER_DATE", date);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
    }
}
