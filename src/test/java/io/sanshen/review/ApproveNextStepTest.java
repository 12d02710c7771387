package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.TimeZones;
import io.sanshen.testkit.Cli;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After {@code approve}: who acts next, at which level, by when; or that the item is done. */
class ApproveNextStepTest {
    private static final String FIVE = "政治,政策,文字,保密,舆情";

    @TempDir
    Path tmp;

    private static Cli approve(ReviewFixture f, String who, String level, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("approve", ITEM, "--level", level,
                "--key", f.keyFiles.get(who).toString(), "--site", f.repo.getWorkTree().toString()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void saysWhoIsNextAtWhichLevelAndByWhen() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        // two working days from today, as the policy's default deadline counts them
        LocalDate due = WorkdayCalendar.china().dueDate(TimeZones.todayInChina(), 2);
        Cli first = approve(f, "信息员甲", "1");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("下一步：" + ITEM + "：待二审，审核人：科长乙，期限 " + due);
        Cli second = approve(f, "科长乙", "2", "--lang", "en");
        assertThat(second.out()).contains("next: " + ITEM + ": waiting for level 3 by 分管丙, due " + due);
    }

    @Test
    void namesTheConfidentialityStepInChinese() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        approve(f, "信息员甲", "1");
        approve(f, "科长乙", "2");
        Cli third = approve(f, "分管丙", "3");
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.out()).contains("下一步：" + ITEM + "：待保密审查").doesNotContain("confidentiality");
        Cli attest = approve(f, "分管丙", "confidentiality", "--checks", FIVE);
        assertThat(attest.out() + attest.err()).doesNotContain("confidentiality");
    }

    @Test
    void saysWhenTheItemIsComplete() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        approve(f, "信息员甲", "1");
        approve(f, "科长乙", "2");
        Cli last = approve(f, "分管丙", "3", "--checks", FIVE);
        assertThat(last.exit()).as(last.err()).isZero();
        assertThat(last.out()).contains("下一步：" + ITEM + "：审核已全部完成，下次运行 sanshen build 即上线");
    }
}
