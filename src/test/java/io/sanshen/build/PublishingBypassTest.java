package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Finding;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.testkit.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the publishing gate by an editor with push rights and no reviewer key, acting through plain git on a
 * site whose content and policy files were properly approved: each must leave the approved site as it was.
 */
class PublishingBypassTest {
    static final String A = "content/news/a.md";
    static final String B = "content/news/b.md";

    @TempDir
    Path tmp;

    private static String html(ReviewedSite s, String page) throws Exception {
        return Files.readString(s.out(false).resolve(page), StandardCharsets.UTF_8);
    }

    private static ReviewReport review(ReviewedSite s) throws Exception {
        return new ReviewEngine(s.repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(), ReviewedSite.TODAY)).run();
    }

    private void rm(ReviewedSite s, String path) throws Exception {
        try (Git git = new Git(s.repo)) {
            git.rm().addFilepattern(path).call();
            git.commit().setMessage("rm " + path).setSign(false).call();
        }
    }

    /** Class 5: removing an approved word list without admin approval changes nothing the build enforces. */
    @Test
    void deletingAnApprovedWordListDoesNotLiftItsBlock() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write("rules/banned.txt", "# 测试用禁用语\n测试禁用词甲乙\n");
        s.commitAll("word list");
        assertThat(s.approve("管理员戊", "admin", "rules/banned.txt").exit()).isZero();
        s.write(A, ReviewedSite.item("含禁用语的稿件", ReviewedSite.TODAY, "正文写了测试禁用词甲乙。"));
        s.commitAll("a");
        for (int level = 1; level <= 3; level++) {
            s.recordDirectly(List.of("信息员甲", "科长乙", "分管丙").get(level - 1), level, A, List.of());
        }
        assertThat(s.build(false).excluded()).extracting(Exclusion::path).contains(A);

        rm(s, "rules/banned.txt");
        BuildReport r = s.build(false);
        assertThat(r.excluded()).extracting(Exclusion::path).contains(A);
        assertThat(s.out(false).resolve("news/a.html")).doesNotExist();
        PathReview list = review(s).path("rules/banned.txt").orElseThrow();
        assertThat(list.status()).isEqualTo(PathReview.Status.PENDING);
        assertThat(list.waitingFor()).isEqualTo("admin");

        // the honest way: admins approve the deletion (a record naming the zero id), then it takes effect
        assertThat(s.approve("管理员戊", "admin", "rules/banned.txt").exit()).isZero();
        assertThat(review(s).path("rules/banned.txt")).isEmpty();
    }

    /** Class 5: a renamed template is a deletion plus an unapproved file: the approved one stays in use. */
    @Test
    void renamingAnApprovedTemplateKeepsTheApprovedOneInUse() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("常务会议", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a");
        s.approveChain(A);
        s.build(false);
        String before = html(s, "news/a.html");
        try (var files = Files.list(s.root.resolve("templates"))) {
            Path page = files.filter(p -> p.getFileName().toString().startsWith("item")).findFirst().orElseThrow();
            Files.move(page, page.resolveSibling("renamed-" + page.getFileName()));
        }
        try (Git git = new Git(s.repo)) {
            git.add().addFilepattern(".").setUpdate(true).call();
            git.add().addFilepattern(".").call();
            git.commit().setMessage("rename template").setSign(false).call();
        }
        s.build(false);
        assertThat(html(s, "news/a.html")).isEqualTo(before);
    }

    /** Class 6: one unreviewed index.md at the top of content/ regroups nothing and takes nothing down. */
    @Test
    void aStrayIndexAtTheTopOfContentTakesNothingDown() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("常务会议", ReviewedSite.TODAY, "正文。"));
        s.write(B, ReviewedSite.item("专题会议", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a b");
        s.approveChain(A);
        s.approveChain(B);
        assertThat(s.build(false).items()).isEqualTo(2);
        for (String stray : List.of("content/index.md", "content/news/index.md")) {
            s.write(stray, ReviewedSite.item("整站", ReviewedSite.TODAY, "正文。"));
        }
        s.commitAll("stray index files");
        BuildReport r = s.build(false);
        assertThat(r.items()).isEqualTo(2);
        assertThat(s.out(false).resolve("news/a.html")).exists();
        assertThat(s.out(false).resolve("news/b.html")).exists();
    }

    /** Class 6: a build that takes many previously published items offline says so. */
    @Test
    void aBuildThatDropsManyItemsSaysSo() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        List<String> items = List.of("content/news/a.md", "content/news/b.md", "content/news/c.md", "content/news/d.md");
        for (String p : items) {
            s.write(p, ReviewedSite.item("稿件" + p.charAt(13), ReviewedSite.TODAY, "正文。"));
        }
        s.commitAll("four items");
        items.forEach(s::approveChain);
        assertThat(s.build(false).findings()).noneMatch(f -> f.ruleId().equals("build.many-dropped"));
        for (String p : items.subList(0, 3)) {
            assertThat(Cli.run("withdraw", "--site", s.root.toString(), "--key", s.keys.get("科长乙").toString(),
                    "--opinion", "已过时效", p).exit()).isZero();
        }
        BuildReport r = s.build(false);
        assertThat(r.items()).isEqualTo(1);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("build.many-dropped"))
                .extracting(Finding::message).anyMatch(m -> m.zh().contains("上次发布 4 条") && m.zh().contains("下线 3 条"));
    }

    /** Class 5 for content: deleting an approved item with plain git does not take it down; a withdrawal does. */
    @Test
    void deletingAnApprovedItemNeedsAnApprovedWithdrawal() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("常务会议", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a");
        s.approveChain(A);
        rm(s, A);
        assertThat(s.build(false).items()).isEqualTo(1);
        assertThat(s.out(false).resolve("news/a.html")).exists();
        assertThat(review(s).path(A).orElseThrow().waitingFor()).isEqualTo("withdraw");
        Cli w = Cli.run("withdraw", "--site", s.root.toString(), "--key", s.keys.get("科长乙").toString(),
                "--opinion", "已过时效", A);
        assertThat(w.exit()).as(w.err()).isZero();
        assertThat(s.build(false).items()).isZero();
    }

    /** Class 4: every spelling YAML reads as true makes the item important, for review and for the page alike. */
    @Test
    void importantSpelledAnyValidWayNeedsTheFourthLevel() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        List<String> spellings = List.of("important: True", "important: \"true\"", "important: true # 重要",
                "\"important\": true", "重要信息: 是", "important: yes");
        for (int i = 0; i < spellings.size(); i++) {
            s.write("content/news/i" + i + ".md", "---\ntitle: 重要稿件" + i + "\ndate: " + ReviewedSite.TODAY
                    + "\npublisher: 区政府办公室\nsource: 区政府办公室\n" + spellings.get(i) + "\n---\n正文。\n");
        }
        s.write("content/news/bom.md", "\uFEFF---\ntitle: 带BOM的重要稿件\ndate: " + ReviewedSite.TODAY
                + "\npublisher: 区政府办公室\nsource: 区政府办公室\nimportant: true\n...\n正文。\n");
        s.commitAll("important items");
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < spellings.size(); i++) {
            paths.add("content/news/i" + i + ".md");
        }
        paths.add("content/news/bom.md");
        for (String p : paths) {
            for (int level = 1; level <= 3; level++) {
                s.recordDirectly(List.of("信息员甲", "科长乙", "分管丙").get(level - 1), level, p, List.of());
            }
        }
        ReviewReport r = review(s);
        for (String p : paths) {
            PathReview pr = r.path(p).orElseThrow();
            assertThat(pr.important()).as(p).isTrue();
            assertThat(pr.status()).as(p).isEqualTo(PathReview.Status.PENDING);
            assertThat(pr.waitingFor()).as(p).isEqualTo("4");
        }
        BuildReport built = s.build(false);
        assertThat(built.items()).isZero();
        assertThat(built.excluded()).extracting(Exclusion::path).containsAll(paths);
        s.recordDirectly("主任丁", 4, "content/news/i0.md", List.of());
        assertThat(s.build(false).items()).isEqualTo(1);
    }

    /** Class 10: a rejection recorded after full approval takes that version down. */
    @Test
    void aRejectionAfterFullApprovalTakesTheVersionDown() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("常务会议", ReviewedSite.TODAY, "正文。"));
        s.commitAll("a");
        s.approveChain(A);
        assertThat(s.build(false).items()).isEqualTo(1);
        Cli reject = Cli.run("reject", "--site", s.root.toString(), "--level", "3", "--key",
                s.keys.get("分管丙").toString(), "--opinion", "数据有误，撤下修改", A);
        assertThat(reject.exit()).as(reject.err()).isZero();
        BuildReport r = s.build(false);
        assertThat(r.items()).isZero();
        assertThat(review(s).path(A).orElseThrow().status()).isEqualTo(PathReview.Status.REJECTED);
    }
}
