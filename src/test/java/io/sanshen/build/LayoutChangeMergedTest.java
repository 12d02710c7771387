package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.LogEvent;
import io.sanshen.review.ReviewEngine;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.GitCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch that adds a column (an admin-approved config) and a bundle item in it, both fully approved on the branch,
 * is merged: its records are judged where the merge enters the main line, under the policy in force before it, whose
 * layout places the files in the parent column, not as the new column's bundle. When the new policy takes effect the approved bundle goes online, and the review
 * log (the ledger) says so — build and ledger agree (found on the demo: the 依申请公开 bundle stayed offline).
 */
class LayoutChangeMergedTest {
    private static final String INDEX = "content/xxgk/gkzn/guide/index.md";
    private static final String FORM = "content/xxgk/gkzn/guide/申请表.csv";

    @TempDir
    Path tmp;

    @Test
    void aBundleInAColumnAddedOnTheSameBranchGoesOnlineWhenTheBranchIsMerged() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        git(s, "checkout", "-q", "-b", "column");
        String config = Files.readString(s.root.resolve("site-config.yml"))
                .replace("version: 1", "version: 2")
                .replace("navigation: [news, notices, xxgk]", """
                          - id: gkzn
                            title: 公开指南
                            path: xxgk/gkzn
                            unit: office
                            parent: xxgk
                        navigation: [news, notices, xxgk]""");
        Files.writeString(s.root.resolve("site-config.yml"), config);
        s.commitAll("new column");
        Cli admin = s.approve("管理员戊", "admin", "site-config.yml");
        assertThat(admin.exit()).as(admin.err()).isZero();
        s.write(INDEX, ReviewedSite.item("依申请公开指南", ReviewedSite.TODAY, "申请人可以通过网站、信函或当面提出政府信息公开申请。填写[申请表](申请表.csv)后提交。"));
        s.write(FORM, "姓名,联系方式\n");
        s.commitAll("guide");
        s.approveChain(INDEX);
        s.approveChain(FORM);
        git(s, "checkout", "-q", "main");
        git(s, "merge", "-q", "--no-ff", "-m", "merge column", "column");

        BuildReport r = s.build(false);
        assertThat(r.excluded()).as("%s", r.excluded()).isEmpty();
        assertThat(s.out(false).resolve("xxgk/gkzn/guide.html")).exists();
        assertThat(s.out(false).resolve("xxgk/gkzn/guide/申请表.csv")).exists();
        var log = new ReviewEngine(s.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(),
                ReviewedSite.TODAY)).runWithLog().log().orElseThrow();
        assertThat(log).filteredOn(e -> e.type() == LogEvent.Type.PUBLISHED).extracting(LogEvent::path)
                .contains(INDEX, FORM);
    }

    private static void git(ReviewedSite s, String... args) throws Exception {
        GitCli.run(s.root, s.dir, "信息员", "editor@test.gov.cn", Instant.now(), args);
    }
}
