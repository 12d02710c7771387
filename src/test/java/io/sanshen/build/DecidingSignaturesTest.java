package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.IgnoreReason;
import io.sanshen.review.IgnoredRecord;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publishing build checks only the signatures of the records that count (issue #13), judging the others on what
 * they claim: a forged record that would publish must still be refused, and {@code verify} must still report every
 * bad signature, including one the build never needed.
 */
class DecidingSignaturesTest {
    static final String A = "content/news/a.md";

    @TempDir
    Path tmp;

    private static ObjectId forgeHead(ReviewedSite s) throws Exception {
        return TestRepos.forgeHead(s.repo, "Sanshen-Opinion: 同意\n", "Sanshen-Opinion: 同意发布\n");
    }

    private static void dropCaches(ReviewedSite s) throws Exception {
        Path dir = s.root.resolve(".sanshen-cache");
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static ReviewReport review(ReviewedSite s, ReviewEngine.SignatureScope scope) throws Exception {
        return new ReviewEngine(s.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(), ReviewedSite.TODAY,
                scope)).run();
    }

    private static Optional<IgnoreReason> reasonFor(ReviewReport r, ObjectId commit) {
        return r.ignored().stream().filter(i -> i.commit().equals(commit)).map(IgnoredRecord::reason).findFirst();
    }

    /** A site with item A and its three approvals as records (the last one, at HEAD, by 分管丙). */
    private ReviewedSite approvedSite() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("常务会议", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a");
        s.recordDirectly("信息员甲", 1, A, List.of());
        s.recordDirectly("科长乙", 2, A, List.of());
        s.recordDirectly("分管丙", 3, A, List.of());
        return s;
    }

    @Test
    void aBadSignatureOnTheRecordThatWouldPublishKeepsThePageOff() throws Exception {
        ReviewedSite s = approvedSite();
        ObjectId forged = forgeHead(s);

        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).contains(A);
        assertThat(reasonFor(review(s, ReviewEngine.SignatureScope.DECIDING), forged)).contains(IgnoreReason.BAD_SIGNATURE);

        // a good level 3 after the forged one publishes: the forged record was set aside, not the whole history
        s.recordDirectly("分管丙", 3, A, List.of());
        dropCaches(s);
        s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).exists();
        ReviewReport lazy = review(s, ReviewEngine.SignatureScope.DECIDING);
        assertThat(reasonFor(lazy, forged)).contains(IgnoreReason.BAD_SIGNATURE);
        assertThat(lazy.paths()).isEqualTo(review(s, ReviewEngine.SignatureScope.ALL).paths());
    }

    @Test
    void verifyReportsABadSignatureTheBuildNeverChecked() throws Exception {
        ReviewedSite s = approvedSite();
        // 主任丁 does not hold level 1's role: the record counts for nothing whatever its signature
        s.recordDirectly("主任丁", 1, A, List.of());
        ObjectId forged = forgeHead(s);

        s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).exists();
        assertThat(review(s, ReviewEngine.SignatureScope.DECIDING).paths())
                .isEqualTo(review(s, ReviewEngine.SignatureScope.ALL).paths());

        // after the build (whose report is in .sanshen-cache/), verify checks every signature
        Cli verify = Cli.run("verify", "--site", s.root.toString(), "--lang", "en");
        assertThat(verify.out()).contains("ignored " + forged.abbreviate(10).name() + ": bad signature");
    }
}
