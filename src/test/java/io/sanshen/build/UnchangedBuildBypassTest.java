package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publishing build into its last output may keep that output when nothing it reads changed ({@link UnchangedBuild}).
 * These try to get unreviewed text online through that shortcut with plain git: an edit left in the work tree, a
 * back-dated commit, and a back-dated commit on a side branch merged later. Each time the page must keep the approved
 * text.
 */
class UnchangedBuildBypassTest {
    private static final String ITEM = "content/news/a.md";
    private static final String PAGE = "news/a.html";

    @TempDir
    Path tmp;

    private ReviewedSite s;

    @BeforeEach
    void approvedAndPublished() throws Exception {
        s = new ReviewedSite(tmp.resolve("reviewed"));
        s.write(ITEM, ReviewedSite.item("稿件", ReviewedSite.TODAY, "审核通过的正文。"));
        s.commitAll("a");
        for (int level = 1; level <= 3; level++) {
            s.recordDirectly(ReviewedSite.NAMES.get(level - 1), level, ITEM, List.of());
        }
        s.build(false);
        assertThat(page()).contains("审核通过的正文").doesNotContain("未经审核");
    }

    @Test
    void anEditLeftInTheWorkTreeIsNotPublished() throws Exception {
        s.write(ITEM, ReviewedSite.item("稿件", ReviewedSite.TODAY, "未经审核的正文。"));
        s.build(false);
        assertThat(page()).contains("审核通过的正文").doesNotContain("未经审核");
    }

    @Test
    void aBackDatedCommitIsNotPublished() throws Exception {
        s.write(ITEM, ReviewedSite.item("稿件", ReviewedSite.TODAY, "未经审核的正文。"));
        git("commit", "-q", "-am", "quiet edit");
        s.build(false);
        assertThat(page()).contains("审核通过的正文").doesNotContain("未经审核");
    }

    @Test
    void aBackDatedCommitOnASideBranchMergedLaterIsNotPublished() throws Exception {
        git("checkout", "-q", "-b", "side");
        s.write(ITEM, ReviewedSite.item("稿件", ReviewedSite.TODAY, "未经审核的正文。"));
        git("commit", "-q", "-am", "side edit");
        git("checkout", "-q", "-");
        git("merge", "-q", "--no-ff", "-m", "merge side", "side");
        s.build(false);
        assertThat(page()).contains("审核通过的正文").doesNotContain("未经审核");
    }

    private String page() throws Exception {
        return Files.readString(s.out(false).resolve(PAGE), StandardCharsets.UTF_8);
    }

    /** Command-line git, every date a year back, as an insider would run it. */
    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=编辑", "-c", "user.email=editor@example.org",
                "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(s.root.toFile()).redirectErrorStream(true);
        String then = ReviewedSite.TODAY.minusYears(1) + "T09:00:00+08:00";
        pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", then, "GIT_COMMITTER_DATE", then));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args) + ": " + out).isZero();
    }
}
