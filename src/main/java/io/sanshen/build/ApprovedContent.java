package io.sanshen.build;

import io.sanshen.diag.Text;
import io.sanshen.review.Publication;
import java.util.List;

/** The review's publication decisions as build exclusions: items left offline, and items online in an older version. */
final class ApprovedContent {
    private ApprovedContent() {
    }

    static void exclusions(Publication publication, List<Exclusion> excluded, List<Exclusion> older) {
        publication.withheld().forEach(w -> excluded.add(new Exclusion(w.path(), w.reason())));
        publication.older().forEach(p -> older.add(new Exclusion(p, OLDER)));
    }

    private static final Text OLDER = Text.of("新版本待审核，继续发布上次审核通过的版本",
            "new version awaits approval; the last approved version stays online");
}
