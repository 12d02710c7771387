package io.sanshen.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two published items with the same warning (会议会议, {@code text.repeated-word}): the third-level reviewer waived
 * it for WAIVED's bytes, nobody for OPEN's.
 */
class WaivedFindingsTest {
    static final String WAIVED = "content/notices/2024-07-10-waived.md";
    static final String OPEN = "content/news/2024-07-10-open.md";
    static final String RULE = "text.repeated-word";

    @TempDir
    static Path dir;
    static InspectFixture f;

    @BeforeAll
    static void history() throws Exception {
        f = new InspectFixture(dir, "2024-06-28T01:00:00Z");
        for (String path : List.of(WAIVED, OPEN)) {
            f.commit(path, "---\ntitle: 会议通知\nsource: 区政府办公室\ndate: 2024-07-10\n---\n\n召开会议会议。\n",
                    "2024-07-09T02:00:00Z");
            f.record("信息员甲", Action.APPROVE, Level.of(1), path, "2024-07-10T01:00:00Z");
            f.record("科长乙", Action.APPROVE, Level.of(2), path, "2024-07-10T02:00:00Z");
            f.record("分管丙", Action.APPROVE, Level.of(3), path, "2024-07-10T03:00:00Z",
                    path.equals(WAIVED) ? List.of(new ApprovalRecord.Waiver(RULE, "原文如此")) : List.of());
        }
    }

    @Test
    void waivedWarningsAreCountedApartNotAsOpenFindings() throws Exception {
        ContentHealth h = f.inspect(LocalDate.of(2024, 7, 24)).health();
        assertThat(h.byRule()).containsEntry(RULE, 1);
        assertThat(h.waived()).isEqualTo(1);
    }
}
