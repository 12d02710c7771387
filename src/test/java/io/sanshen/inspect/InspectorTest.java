package io.sanshen.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inspection's numbers on a small signed history in July 2024 (no holidays that month), each computed by hand:
 * <pre>
 * A news     date 07-01  committed Mon 07-01  L1 Tue 07-02 (1 wd)  L2 Wed 07-03 (1)  L3 Mon 07-08 (3: late)   backdated
 * B notices  date 07-10  committed Tue 07-09  L1 07-09 (0)         L2 Wed 07-10 (1)  L3 07-10 (0)
 * C policies date 07-17  committed Thu 07-11  L1 07-11 (0)         L2 rejects Fri 07-12 (1)
 *            edited Mon 07-15                 L1 07-15 (0)         L2 Tue 07-16 (1)  L3 Wed 07-17 (1)
 * D news     date 07-18  committed Thu 07-18  L1, L2, L3 the same day (0, 0, 0); withdrawn Tue 07-23
 * </pre>
 */
class InspectorTest {
    static final String A = "content/news/2024-07-01-a.md";
    static final String B = "content/notices/2024-07-10-b.md";
    static final String C = "content/policies/2024-07-17-c.md";
    static final String D = "content/news/2024-07-18-d.md";
    static final String INDEX_NO = "11320199014170123X/2024-00001";

    @TempDir
    static Path dir;
    static InspectFixture f;

    @BeforeAll
    static void history() throws Exception {
        f = new InspectFixture(dir, "2024-06-28T01:00:00Z");
        f.commit(A, InspectFixture.item("甲通知", "2024-07-01", ""), "2024-07-01T02:00:00Z");
        f.approve(A, "2024-07-02T02:00:00Z", "2024-07-03T02:00:00Z", "2024-07-08T02:00:00Z");
        f.commit(B, InspectFixture.item("乙公告", "2024-07-10", INDEX_NO), "2024-07-09T02:00:00Z");
        f.approve(B, "2024-07-09T03:00:00Z", "2024-07-10T02:00:00Z", "2024-07-10T04:00:00Z");
        f.commit(C, InspectFixture.item("丙政策", "2024-07-17", ""), "2024-07-11T02:00:00Z");
        f.record("信息员甲", Action.APPROVE, Level.of(1), C, "2024-07-11T03:00:00Z");
        f.record("科长乙", Action.REJECT, Level.of(2), C, "2024-07-12T02:00:00Z");
        f.commit(C, InspectFixture.item("丙政策", "2024-07-17", INDEX_NO), "2024-07-15T01:00:00Z");
        f.approve(C, "2024-07-15T02:00:00Z", "2024-07-16T02:00:00Z", "2024-07-17T02:00:00Z");
        f.commit(D, InspectFixture.item("丁要闻", "2024-07-18", ""), "2024-07-18T02:00:00Z");
        f.approve(D, "2024-07-18T03:00:00Z", "2024-07-18T04:00:00Z", "2024-07-18T05:00:00Z");
        f.record("科长乙", Action.WITHDRAW, Level.of(0), D, "2024-07-23T02:00:00Z");
    }

    @Test
    void columnsAreJudgedByTheNewestVisibleDateAgainstTheirInterval() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 7, 24));
        assertThat(in.freshness().columns()).extracting(c -> c.column().id(), ColumnFreshness::last,
                ColumnFreshness::daysSince, ColumnFreshness::daysLeft, ColumnFreshness::state).containsExactly(
                // D was withdrawn on 07-23, so news shows A again: 23 days old
                tuple("news", java.util.Optional.of(LocalDate.of(2024, 7, 1)), 23, -9, ColumnFreshness.State.STALE),
                // 14 days old, the last fresh day is today: 0 working days left, within the 3-day lead
                tuple("notices", java.util.Optional.of(LocalDate.of(2024, 7, 10)), 14, 0, ColumnFreshness.State.SOON),
                tuple("policies", java.util.Optional.of(LocalDate.of(2024, 7, 17)), 7, 173, ColumnFreshness.State.FRESH),
                tuple("e1", java.util.Optional.empty(), 0, 14, ColumnFreshness.State.EMPTY),
                tuple("e2", java.util.Optional.empty(), 0, 14, ColumnFreshness.State.EMPTY),
                tuple("e3", java.util.Optional.empty(), 0, 14, ColumnFreshness.State.EMPTY));
        assertThat(in.freshness().homeLast()).contains(LocalDate.of(2024, 7, 17));
        assertThat(in.freshness().homeDaysSince()).isEqualTo(7);
    }

    @Test
    void aWithdrawnItemCountsUntilItsWithdrawal() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 7, 22));
        ColumnFreshness news = in.freshness().columns().get(0);
        assertThat(news.last()).contains(LocalDate.of(2024, 7, 18));
        assertThat(news.state()).isEqualTo(ColumnFreshness.State.FRESH);
        assertThat(in.freshness().homeLast()).contains(LocalDate.of(2024, 7, 18));
    }

    @Test
    void backdatingIsASingleVetoButFourFailingColumnsAreNot() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 7, 24));
        assertThat(in.backdated()).extracting(Release::path, Release::shownDay, Release::onlineDay)
                .containsExactly(tuple(A, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 8)));
        assertThat(in.freshness().failing()).hasSize(4);
        assertThat(in.vetoes()).extracting(Veto::id).containsExactly("backdated");
    }

    @Test
    void theFifthStaleColumnAndATwoWeekOldHomePageAreSingleVetoes() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 8, 1));
        // notices is 22 days old now; the home page (C, 07-17) 15 days
        assertThat(in.freshness().failing()).extracting(c -> c.column().id())
                .containsExactly("news", "notices", "e1", "e2", "e3");
        assertThat(in.freshness().homeDaysSince()).isEqualTo(15);
        assertThat(in.vetoes()).extracting(Veto::id).containsExactly("home-stale", "columns-stale", "backdated");
    }

    @Test
    void reviewTimelinessPerLevelAndReviewer() throws Exception {
        Timeliness t = f.inspect(LocalDate.of(2024, 7, 24)).timeliness();
        // level 1: A 1, B 0, C 0, C' 0, D 0; level 2: A 1, B 1, C 1 (rejection), C' 1, D 0; level 3: A 3, B 0, C' 1, D 0
        assertThat(t.byLevel()).containsExactly(
                new Timeliness.Row("1", 5, 5, 0, 1),
                new Timeliness.Row("2", 5, 5, 1, 1),
                new Timeliness.Row("3", 4, 3, 0.5, 3));
        assertThat(t.byReviewer()).extracting(Timeliness.Row::name, Timeliness.Row::steps, Timeliness.Row::worst)
                .containsExactly(tuple("信息员甲", 5, 1), tuple("分管丙", 4, 3), tuple("科长乙", 5, 1));
        assertThat(t.approved()).isEqualTo(4);
        assertThat(t.approvedOnTime()).isEqualTo(3);
        assertThat(t.rejections()).isEqualTo(1);
        assertThat(t.withdrawals()).isEqualTo(1);
    }

    @Test
    void publishingAndTrendCountNewItemsPerMonth() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 7, 24));
        Publishing p = in.publishing();
        assertThat(p.months()).hasSize(Inspector.MONTHS).endsWith(YearMonth.of(2024, 6), YearMonth.of(2024, 7));
        // C's second version is an edit, not a new item
        assertThat(p.total()).endsWith(0, 4);
        assertThat(p.byColumn().get("news")).endsWith(0, 2);
        assertThat(p.byUnit().keySet()).containsExactly("office");
        TrendPoint july = in.trend().get(in.trend().size() - 1);
        assertThat(july).isEqualTo(new TrendPoint(YearMonth.of(2024, 7), LocalDate.of(2024, 7, 24), 4, 4, 7, 0.75, 1));
        TrendPoint june = in.trend().get(in.trend().size() - 2);
        // nothing online at the end of June: every tracked column is empty and the home page has never changed
        assertThat(june).isEqualTo(new TrendPoint(YearMonth.of(2024, 6), LocalDate.of(2024, 6, 30), 0, 6, -1, 1.0, 0));
    }

    @Test
    void contentHealthFindsMissingAndDuplicateIndexNumbers() throws Exception {
        ContentHealth h = f.inspect(LocalDate.of(2024, 7, 24)).health();
        assertThat(h.itemsChecked()).isEqualTo(3);
        assertThat(h.withoutIndexNo()).containsExactly(A);
        assertThat(h.duplicateIndexNo()).containsOnly(org.assertj.core.api.Assertions.entry(INDEX_NO, java.util.List.of(B, C)));
        assertThat(h.byRule()).containsEntry("format.index-no-unique", 2);
    }

    @Test
    void theReportNamesUnitsAndColumnsNeverTheirIds() throws Exception {
        Inspection in = f.inspect(LocalDate.of(2024, 7, 24));
        java.util.List<String> zh = org.jsoup.Jsoup.parse(InspectionHtml.render(in, io.sanshen.diag.Lang.ZH))
                .select("td").eachText();
        assertThat(zh).contains("区政府办公室", "政务要闻").doesNotContain("office", "news");
        java.util.List<String> en = org.jsoup.Jsoup.parse(InspectionHtml.render(in, io.sanshen.diag.Lang.EN))
                .select("td").eachText();
        assertThat(en).contains("District Office", "Government News", "通知公告").doesNotContain("office", "news");
    }
}
