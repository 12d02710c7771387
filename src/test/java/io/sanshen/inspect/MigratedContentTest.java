package io.sanshen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content migrated from the old portal keeps its true, older dates; everything else dated before its approval is
 * back-dated ({@code content.Backdating}, the rule the build's {@code format.backdated} applies too):
 * <pre>
 * OLD   date 05-10  committed 07-01 (the migration commit M: OLD and EDITED in its tree)  approved 07-02..07-04
 * EDITED date 05-20 in M; edited 07-06 to date 07-06, approved 07-08                          back-dated (after M)
 * policy v2 names M as the migration, approved by the admin on 07-05
 * LATE  date 05-11, its commit and records forged to 05-12..05-13 (before M in time, after it in the graph)
 *                                                                                               back-dated
 * FORGED date 07-07, its commit and records forged to 07-06 (after EDITED's approval of 07-08 in the graph: it
 *              went online no earlier than that)                                                 back-dated
 * </pre>
 */
class MigratedContentTest {
    static final String OLD = "content/news/2024-05-10-old.md";
    static final String EDITED = "content/notices/2024-05-20-edited.md";
    static final String LATE = "content/policies/2024-05-11-late.md";
    static final String FORGED = "content/news/2024-07-07-forged.md";

    @TempDir
    static Path dir;
    static InspectFixture f;

    @BeforeAll
    static void history() throws Exception {
        f = new InspectFixture(dir, "2024-06-28T01:00:00Z");
        f.commit(EDITED, InspectFixture.item("旧公告", "2024-05-20", ""), "2024-07-01T01:00:00Z");
        f.commit(OLD, InspectFixture.item("旧网站稿件", "2024-05-10", ""), "2024-07-01T02:00:00Z");
        ObjectId migration = f.repo.resolve(Constants.HEAD);
        f.approve(OLD, "2024-07-02T02:00:00Z", "2024-07-03T02:00:00Z", "2024-07-04T02:00:00Z");
        f.migrate(migration, "2024-07-05T02:00:00Z");
        f.commit(EDITED, InspectFixture.item("旧公告", "2024-07-06", ""), "2024-07-06T02:00:00Z");
        f.approve(EDITED, "2024-07-08T01:00:00Z", "2024-07-08T02:00:00Z", "2024-07-08T03:00:00Z");
        f.commit(LATE, InspectFixture.item("补发稿件", "2024-05-11", ""), "2024-05-12T02:00:00Z");
        f.approve(LATE, "2024-05-13T02:00:00Z", "2024-05-13T03:00:00Z", "2024-05-13T04:00:00Z");
        f.commit(FORGED, InspectFixture.item("倒签稿件", "2024-07-07", ""), "2024-07-06T01:00:00Z");
        f.approve(FORGED, "2024-07-06T02:00:00Z", "2024-07-06T03:00:00Z", "2024-07-06T04:00:00Z");
    }

    @Test
    void migratedContentIsCountedApartAndEverythingElseStillVetoes() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 7, 24));
        assertThat(in.migrated()).extracting(Release::path).containsExactly(OLD);
        assertThat(in.backdated()).extracting(Release::path).containsExactlyInAnyOrder(EDITED, LATE, FORGED);
        assertThat(in.vetoes()).extracting(Veto::id).contains("backdated");
    }
}
