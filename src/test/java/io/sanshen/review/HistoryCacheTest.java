package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.PathReview.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCacheTest {
    @TempDir
    Path tmp;

    /** A review that may use the history cache but not the whole-report cache, which would answer first. */
    private static ReviewReport cachedReview(ReviewFixture f, Path cacheRoot) throws Exception {
        Files.deleteIfExists(cacheRoot.resolve(".sanshen-cache/report.bin"));
        return new ReviewEngine(f.repo, new ReviewEngine.Options(Optional.empty(), Optional.of(cacheRoot),
                LocalDate.of(2024, 5, 23))).run();
    }

    @Test
    void secondRunFromHistoryCacheGivesTheSameReport() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approveChain(ITEM, false);
        Path cacheRoot = tmp.resolve("cache");
        ReviewReport first = cachedReview(f, cacheRoot);
        assertThat(cacheRoot.resolve(".sanshen-cache/history.bin")).isRegularFile();
        ReviewReport second = cachedReview(f, cacheRoot);
        assertThat(second.paths()).isEqualTo(first.paths());
        assertThat(second.ignored()).isEqualTo(first.ignored());
        assertThat(f.status(second, ITEM).status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void cachedHistoryStillSeesAnEditMadeAfterIt() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approveChain(ITEM, false);
        Path cacheRoot = tmp.resolve("cache");
        ObjectId approved = f.blob(ITEM);
        cachedReview(f, cacheRoot);
        f.commit(ITEM, ReviewFixture.item("会议纪要（修订）", false));
        ReviewReport r = cachedReview(f, cacheRoot);
        assertThat(f.status(r, ITEM).status()).isEqualTo(Status.PENDING);
        assertThat(f.status(r, ITEM).lastApproved()).contains(approved);
    }

    @Test
    void damagedHistoryCacheIsOnlyASlowerRun() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approveChain(ITEM, false);
        Path cacheRoot = tmp.resolve("cache");
        ReviewReport clean = cachedReview(f, cacheRoot);
        Path file = cacheRoot.resolve(".sanshen-cache/history.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(cachedReview(f, cacheRoot).paths()).isEqualTo(clean.paths());
    }
}
