package io.sanshen.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sanshen.build.Waivers;
import io.sanshen.diag.ChecksummedFile;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.ReviewReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content health at each month's end, from the trees of history, each number by hand ({@code text.repeated-word},
 * 会议会议 in a body, is the only finding the items have):
 * <pre>
 * 05-28 policy (the first commit: April has no tree)
 * 06-03 X 会议会议   06-10 W 会议会议   06-20 Y 会议会议 (approved 07-03 with a waiver of the rule)
 * 07-02 X fixed
 * June end: X, W open (2), Y waived (1)      July (to 07-24): W open (1), Y waived (1)
 * </pre>
 */
class HealthTrendTest {
    static final String X = "content/news/2024-06-03-x.md";
    static final String W = "content/news/2024-06-10-w.md";
    static final String Y = "content/notices/2024-06-20-y.md";
    static final String RULE = "text.repeated-word";
    static final LocalDate TODAY = LocalDate.of(2024, 7, 24);

    @TempDir
    static Path dir;
    static InspectFixture f;

    static String item(String title, String date, String body) {
        return "---\ntitle: " + title + "\nsource: 区政府办公室\ndate: " + date + "\n---\n\n" + body + "\n";
    }

    @BeforeAll
    static void history() throws Exception {
        f = new InspectFixture(dir, "2024-05-28T01:00:00Z");
        f.commit(X, item("甲", "2024-06-03", "召开会议会议。"), "2024-06-03T02:00:00Z");
        f.commit(W, item("乙", "2024-06-10", "召开会议会议。"), "2024-06-10T02:00:00Z");
        f.commit(Y, item("丙", "2024-06-20", "召开会议会议。"), "2024-06-20T02:00:00Z");
        f.commit(X, item("甲", "2024-06-03", "召开会议。"), "2024-07-02T02:00:00Z");
        f.record("信息员甲", Action.APPROVE, Level.of(1), Y, "2024-07-03T01:00:00Z");
        f.record("科长乙", Action.APPROVE, Level.of(2), Y, "2024-07-03T02:00:00Z");
        f.record("分管丙", Action.APPROVE, Level.of(3), Y, "2024-07-03T03:00:00Z",
                List.of(new ApprovalRecord.Waiver(RULE, "引文原文")));
    }

    /** Each test starts without the cache the one before left (one of them forges it). */
    @BeforeEach
    void noCache() throws Exception {
        Files.deleteIfExists(f.repo.getWorkTree().toPath().resolve(HealthCache.FILE));
    }

    @Test
    void findingsByRuleAtEachMonthEndWithWaiversApart() throws Exception {
        List<MonthHealth> trend = f.inspect(TODAY).healthTrend();
        assertThat(trend).hasSize(Inspector.MONTHS);
        assertThat(trend.subList(Inspector.MONTHS - 4, Inspector.MONTHS))
                .extracting(MonthHealth::month, h -> h.tree().isEmpty(), h -> h.byRule().getOrDefault(RULE, 0),
                        MonthHealth::waived)
                .containsExactly(
                        tuple(YearMonth.of(2024, 4), true, 0, 0),
                        tuple(YearMonth.of(2024, 5), false, 0, 0),
                        tuple(YearMonth.of(2024, 6), false, 2, 1),
                        tuple(YearMonth.of(2024, 7), false, 1, 1));
        assertThat(trend.get(Inspector.MONTHS - 1).end()).isEqualTo(TODAY);
    }

    @Test
    void aMonthCheckedFromTheMonthBeforeEqualsAFullCheckOfItsTree() throws Exception {
        ReviewReport report = f.review(TODAY);
        Waivers waivers = Waivers.of(report);
        MonthlyHealth monthly = new MonthlyHealth(f.repo, report.policy().orElseThrow(), dir.resolve("other-root"));
        MonthHealth stepwise = monthly.of(report.head(), List.of(YearMonth.of(2024, 6), YearMonth.of(2024, 7)), TODAY,
                waivers).get(1);
        MonthHealth whole = new MonthlyHealth(f.repo, report.policy().orElseThrow(), dir.resolve("third-root"))
                .of(report.head(), List.of(YearMonth.of(2024, 7)), TODAY, waivers).get(0);
        assertThat(stepwise).isEqualTo(whole);
    }

    @Test
    void aSecondRunReadsTheCacheAndADamagedCacheIsIgnored() throws Exception {
        List<MonthHealth> first = f.inspect(TODAY).healthTrend();
        Path cache = f.repo.getWorkTree().toPath().resolve(HealthCache.FILE);
        String text = payload(cache);
        String one = W + "\t" + W + "\t1";
        assertThat(text).contains(first.get(Inspector.MONTHS - 1).tree() + "\t" + RULE + "\tWARNING\t" + one);
        // a count changed without its checksum: the whole file is ignored and every month is checked again
        byte[] before = Files.readAllBytes(cache);
        Files.write(cache, latin(before).replace(latin(one), latin(W + "\t" + W + "\t7"))
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(f.inspect(TODAY).healthTrend()).isEqualTo(first);
        assertThat(Files.readAllBytes(cache)).isEqualTo(before);
    }

    @Test
    void aTreeInTheCacheIsNotCheckedAgain() throws Exception {
        f.inspect(TODAY);
        Path cache = f.repo.getWorkTree().toPath().resolve(HealthCache.FILE);
        // the same change with a matching checksum (what a cache hit returns is what the file says)
        String changed = payload(cache).replace(W + "\t" + W + "\t1", W + "\t" + W + "\t7");
        ChecksummedFile.write(cache, HealthCache.KIND, changed.getBytes(StandardCharsets.UTF_8));
        List<MonthHealth> again = f.inspect(TODAY).healthTrend();
        assertThat(again.get(Inspector.MONTHS - 1).byRule()).containsEntry(RULE, 7);
        assertThat(again.get(Inspector.MONTHS - 2).byRule()).containsEntry(RULE, 8);
    }

    private static String payload(Path cache) {
        return new String(ChecksummedFile.read(cache, HealthCache.KIND).orElseThrow(), StandardCharsets.UTF_8);
    }

    /** UTF-8 bytes as one char each, so text can be replaced inside the file's binary frame. */
    private static String latin(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String latin(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
