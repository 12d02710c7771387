package io.sanshen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

class ReviewReportTest {
    private static PathReview review(String path, PathReview.Status status) {
        return new PathReview(path, PathKind.CONTENT, "office", ObjectId.zeroId(), status, "", List.of(), List.of(),
                null, null, false, Optional.empty(), false, false);
    }

    private static ReviewReport report(List<PathReview> paths) {
        return new ReviewReport(ObjectId.zeroId(), paths, List.of(), List.of(), Optional.empty(), Optional.empty(),
                new ReviewReport.Stats(0, 0, 0, 0, 0), Optional.empty());
    }

    @Test
    void findsEveryPathAndOnlyThose() {
        ReviewReport r = report(List.of(review("content/news/a.md", PathReview.Status.APPROVED),
                review("content/news/b.md", PathReview.Status.PENDING)));
        assertThat(r.path("content/news/b.md")).map(PathReview::status).contains(PathReview.Status.PENDING);
        assertThat(r.path("content/news/c.md")).isEmpty();
        assertThat(r.path("content/news/")).isEmpty();
    }

    @Test
    void theFirstReviewOfAPathWinsAsInListOrder() {
        ReviewReport r = report(List.of(review("content/news/a.md", PathReview.Status.REJECTED),
                review("content/news/a.md", PathReview.Status.APPROVED)));
        assertThat(r.path("content/news/a.md")).map(PathReview::status).contains(PathReview.Status.REJECTED);
    }

    @Test
    void pathsStayAnImmutableListEqualToTheGivenOne() {
        List<PathReview> given = new ArrayList<>(List.of(review("content/news/a.md", PathReview.Status.APPROVED)));
        ReviewReport r = report(given);
        given.clear();
        assertThat(r.paths()).hasSize(1).isEqualTo(List.of(review("content/news/a.md", PathReview.Status.APPROVED)));
        assertThat(r).isEqualTo(report(List.of(review("content/news/a.md", PathReview.Status.APPROVED))));
        assertThatThrownBy(() -> r.paths().add(review("content/news/b.md", PathReview.Status.APPROVED)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * The build asks once per item (a scan per lookup made a 100,000-item publishing build quadratic; its speed is
     * measured by {@code bench/run.sh publish}, not here): every one of 100,000 paths is found.
     */
    @Test
    void findsEachOfAHundredThousandPaths() {
        List<PathReview> paths = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            paths.add(review("content/news/2024-%06d.md".formatted(i), PathReview.Status.APPROVED));
        }
        ReviewReport r = report(paths);
        int found = 0;
        for (PathReview p : paths) {
            found += r.path(p.path()).filter(x -> x == p).isPresent() ? 1 : 0;
        }
        assertThat(found).isEqualTo(100_000);
    }
}
