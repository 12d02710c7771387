package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.PathReview.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCacheTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 23);

    @TempDir
    Path tmp;

    private static ReviewReport review(ReviewFixture f, Path cacheRoot, LocalDate today) throws Exception {
        return new ReviewEngine(f.repo, new ReviewEngine.Options(Optional.empty(), Optional.of(cacheRoot), today)).run();
    }

    @Test
    void secondRunOfTheSameHeadReadsTheWholeReport() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), true);
        f.approveChain(ITEM, false);
        Path cache = tmp.resolve("cache");
        ReviewReport first = review(f, cache, DAY);
        assertThat(first.stats().verified()).isEqualTo(3);
        // without the report, the next run would have to verify the signatures again
        Files.delete(cache.resolve(".sanshen-cache/signatures.tsv"));
        Files.delete(cache.resolve(".sanshen-cache/history.bin"));

        ReviewReport second = review(f, cache, DAY);

        assertThat(second.stats()).isEqualTo(new ReviewReport.Stats(first.stats().commits(), first.stats().records(),
                first.stats().counted(), 0, 3));
        assertThat(second.head()).isEqualTo(first.head());
        assertThat(second.paths()).isEqualTo(first.paths());
        assertThat(second.ignored()).isEqualTo(first.ignored());
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.policyBlob()).isEqualTo(first.policyBlob());
        assertThat(second.policy().orElseThrow().review().reviewers())
                .hasSameSizeAs(first.policy().orElseThrow().review().reviewers());
        PathReview item = f.status(second, ITEM);
        assertThat(item.status()).isEqualTo(Status.PENDING);
        assertThat(item.waitingFor()).isEqualTo("4");
        assertThat(item.approvals()).extracting(Approval::reviewer).containsExactly("信息员甲", "科长乙", "分管丙");
    }

    @Test
    void aNewCommitIsReviewedAfresh() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approve("信息员甲", 1, ITEM);
        f.approve("科长乙", 2, ITEM);
        Path cache = tmp.resolve("cache");
        assertThat(f.status(review(f, cache, DAY), ITEM).status()).isEqualTo(Status.PENDING);
        f.approve("分管丙", 3, ITEM);
        ReviewReport after = review(f, cache, DAY);
        assertThat(f.status(after, ITEM).status()).isEqualTo(Status.APPROVED);
        assertThat(after.stats().verified()).isEqualTo(1);
    }

    @Test
    void anotherDayIsReviewedAfreshBecauseDeadlinesMove() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approve("信息员甲", 1, ITEM);
        Path cache = tmp.resolve("cache");
        assertThat(f.status(review(f, cache, DAY), ITEM).overdue()).isFalse();
        assertThat(f.status(review(f, cache, DAY.plusMonths(1)), ITEM).overdue()).isTrue();
    }

    @Test
    void damagedReportIsOnlyASlowerRun() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approveChain(ITEM, false);
        Path cache = tmp.resolve("cache");
        ReviewReport clean = review(f, cache, DAY);
        Path file = cache.resolve(".sanshen-cache/report.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ReviewReport again = review(f, cache, DAY);
        assertThat(again.paths()).isEqualTo(clean.paths());
        assertThat(again.stats().fromCache()).isEqualTo(3);
    }
}
