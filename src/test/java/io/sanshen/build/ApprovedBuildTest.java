package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.testkit.Cli;
import io.sanshen.testkit.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovedBuildTest {
    static final String A = "content/news/a.md";
    static final String B = "content/news/b.md";
    static final LocalDate TODAY = ReviewedSite.TODAY;

    @TempDir
    Path tmp;

    private Document page(ReviewedSite s, boolean preview, String name) throws Exception {
        return Jsoup.parse(Files.readString(s.out(preview).resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void anItemEditedAfterApprovalKeepsItsLastApprovedVersionOnline() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("区政府召开常务会议", TODAY, "原稿正文。"));
        s.commitAll("a");
        s.approveChain(A);
        s.write(A, ReviewedSite.item("区政府召开常务会议（修改稿）", TODAY, "改稿正文。"));
        s.commitAll("edit a");
        BuildReport r = s.build(false);
        assertThat(page(s, false, "news/a.html").select("h1").text()).isEqualTo("区政府召开常务会议");
        assertThat(Files.readString(s.out(false).resolve("news/a.html"))).doesNotContain("改稿");
        assertThat(r.olderVersions()).extracting(Exclusion::path).containsExactly(A);
        assertThat(r.details(Lang.ZH)).anyMatch(l -> l.contains(A) && l.contains("上次审核通过的版本"));
    }

    @Test
    void neverApprovedItemsAreLeftOutWithTheirReason() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("已审核的稿件", TODAY, "正文。"));
        s.commitAll("a");
        s.approveChain(A);
        s.write(B, ReviewedSite.item("未审核的稿件", TODAY, "正文。"));
        s.commitAll("b");
        s.approve("信息员甲", "1", B);
        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).exists();
        assertThat(s.out(false).resolve("news/b.html")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(B);
        assertThat(r.excluded().get(0).reason().zh()).contains("未经审核通过").contains("2");
        assertThat(r.items()).isEqualTo(1);
    }

    @Test
    void anApprovedItemWithAContentErrorIsLeftOutAndTheOthersArePublished() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("已审核的稿件", TODAY, "正文。"));
        s.write(B, ReviewedSite.item("分类写错的稿件", TODAY, "正文。").replace("---\n正文", "topic: 综合正务\n---\n正文"));
        s.commitAll("a, b");
        s.approveChain(A);
        // approved past the CLI's check (approve refuses it), as a record made before a vocabulary changed would be
        String[] who = {"信息员甲", "科长乙", "分管丙"};
        for (int level = 1; level <= 3; level++) {
            s.recordDirectly(who[level - 1], level, B, List.of());
        }
        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).exists();
        assertThat(s.out(false).resolve("news/b.html")).doesNotExist();
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(B);
        assertThat(r.excluded().get(0).reason().en()).endsWith("blocking problems: content.vocabulary");
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("content.vocabulary") && f.pos().path().equals(B));
    }

    @Test
    void expiredItemsAreLeftOutOfTheApprovedViewToo() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("到期的通知", TODAY, "正文。").replace("---\n正文", "expires: " + TODAY + "\n---\n正文"));
        s.commitAll("a");
        s.approveChain(A);
        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).doesNotExist();
        assertThat(r.excluded()).extracting(e -> e.reason().zh()).containsExactly("已过失效日期");
    }

    @Test
    void futureDatedItemsWaitForTheirDayEvenWhenApproved() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        LocalDate tomorrow = TODAY.plusDays(1);
        s.write(A, ReviewedSite.item("明天发布的通知", tomorrow, "正文。"));
        s.write(B, ReviewedSite.item("今晚发布的通知", TODAY, "正文。").replace("date: " + TODAY, "date: " + TODAY + " 23:59"));
        s.write("content/news/c.md", ReviewedSite.item("远期通知", LocalDate.of(2099, 1, 1), "正文。"));
        s.commitAll("scheduled");
        s.approveChain(A);
        s.approveChain(B);
        s.approveChain("content/news/c.md");
        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).doesNotExist();
        assertThat(s.out(false).resolve("news/c.html")).doesNotExist();
        assertThat(s.out(false).resolve("news/b.html")).exists();
        assertThat(Files.readString(s.out(false).resolve("index.html"))).doesNotContain("明天发布", "远期通知");
        assertThat(r.excluded()).extracting(Exclusion::path, e -> e.reason().zh(), e -> e.reason().en()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(A, "定时发布：" + tomorrow + " 起上线", "scheduled: goes online on " + tomorrow),
                org.assertj.core.groups.Tuple.tuple("content/news/c.md", "定时发布：2099-01-01 起上线", "scheduled: goes online on 2099-01-01"));

        BuildReport preview = s.build(true);
        assertThat(page(s, true, "news/a.html").select(".preview-banner").text()).isEqualTo("预览·未审核");
        assertThat(page(s, true, "news/b.html").select(".preview-banner")).isEmpty();
        assertThat(preview.excluded()).isEmpty();
    }

    @Test
    void statusMarksApprovedFutureDatedItemsAsScheduled() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("远期通知", LocalDate.of(2099, 1, 1), "正文。"));
        s.write(B, ReviewedSite.item("今天的通知", TODAY, "正文。"));
        s.commitAll("a b");
        s.approveChain(A);
        s.approveChain(B);
        String zh = Cli.run("status", "--site", s.root.toString()).out();
        assertThat(zh.lines().filter(l -> l.contains(A))).as(zh).singleElement().asString()
                .startsWith("已审核\t" + A).endsWith("（定时发布：2099-01-01 起上线）");
        assertThat(zh.lines().filter(l -> l.contains(B))).singleElement().asString().doesNotContain("定时发布");
        assertThat(Cli.run("status", "--site", s.root.toString(), "--lang", "en").out())
                .contains("\t" + A + "\t", "(scheduled until 2099-01-01)");
        String json = Cli.run("status", "--site", s.root.toString(), "--format", "json").out();
        assertThat(json).contains("\"scheduled\":\"2099-01-01\"").contains("\"scheduled\":null");
    }

    @Test
    void aWithdrawnItemIsLeftOutWithItsReason() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("将撤稿的通知", TODAY, "正文。"));
        s.commitAll("a");
        s.approveChain(A);
        Cli w = Cli.run("withdraw", A, "--site", s.root.toString(), "--opinion", "信息已过时效",
                "--key", s.keys.get("科长乙").toString());
        assertThat(w.exit()).as(w.err()).isZero();
        BuildReport r = s.build(false);
        assertThat(s.out(false).resolve("news/a.html")).doesNotExist();
        assertThat(r.excluded()).extracting(e -> e.reason().zh()).containsExactly("已撤稿（失效审批通过）");
    }

    @Test
    void previewWatermarksNeverApprovedAndEditedItemsButNotApprovedOnes() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("已审核的稿件", TODAY, "正文。"));
        s.write(B, ReviewedSite.item("会改的稿件", TODAY, "正文。"));
        s.commitAll("a b");
        s.approveChain(A);
        s.approveChain(B);
        s.write(B, ReviewedSite.item("会改的稿件", TODAY, "改过的正文。"));
        s.write("content/news/c.md", ReviewedSite.item("新稿件", TODAY, "正文。"));
        BuildReport r = s.build(true);
        assertThat(page(s, true, "news/a.html").select(".preview-banner")).isEmpty();
        assertThat(page(s, true, "news/b.html").select(".preview-banner").text()).isEqualTo("预览·未审核");
        assertThat(page(s, true, "news/c.html").select(".preview-banner").text()).isEqualTo("预览·未审核");
        assertThat(r.summary(Lang.ZH)).startsWith("预览构建");
    }

    @Test
    void aPreviewServerSeesApprovalsRecordedWhileItRuns() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("稿件", TODAY, "正文。"));
        s.commitAll("a");
        BuildCaches server = BuildCaches.inMemory(); // kept from build to build, as by sanshen serve
        BuildOptions preview = new BuildOptions(s.root, s.out(true), true, true, TODAY, false);
        new SiteBuild(preview, server).run();
        assertThat(page(s, true, "news/a.html").select(".preview-banner").text()).isEqualTo("预览·未审核");
        new SiteBuild(preview, server).run();
        assertThat(page(s, true, "news/a.html").select(".preview-banner").text()).isEqualTo("预览·未审核");

        s.approveChain(A); // new commits: HEAD moves, the review kept for the old HEAD no longer holds
        new SiteBuild(preview, server).run();
        assertThat(page(s, true, "news/a.html").select(".preview-banner")).isEmpty();
    }

    @Test
    void publishingBuildFailsClosedOutsideGitOrWithoutReviewers() throws Exception {
        Path plain = tmp.resolve("plain");
        SiteFiles.write(plain, SiteFiles.CONFIG + "-- content/news/a.md --\n" + ReviewedSite.item("稿件", TODAY, "正文。"));
        SiteBuildTest.copyTemplates(plain);
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.publish(plain, tmp.resolve("out"))).run())
                .isInstanceOf(BuildFailure.class)
                .satisfies(e -> assertThat(((BuildFailure) e).phase()).isEqualTo(Phase.REVIEW));
        io.sanshen.testkit.TestRepos.init(plain);
        Cli cli = Cli.run("build", "--site", plain.toString(), "--out", tmp.resolve("out").toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("build.review-required");
        Cli local = Cli.run("build", "--site", plain.toString(), "--out", tmp.resolve("out").toString(), "--no-review");
        assertThat(local.exit()).isZero();
        assertThat(local.err()).contains("--no-review");
    }

    @Test
    void approveRefusesAnItemWithABlockerAndPrintsTheFinding() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("区政府工作安排", TODAY, "秘密★1年\n\n正文。"));
        s.commitAll("a");
        var head = s.repo.resolve("HEAD");
        Cli r = s.approve("信息员甲", "1", A);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("secrecy.mark").contains("拒绝");
        assertThat(s.repo.resolve("HEAD")).isEqualTo(head);
        assertThat(Cli.run("status", "--site", s.root.toString()).out()).contains("未审核\t" + A);
    }

    @Test
    void aWaiverInTheApprovalsSuppressesThatWarningButNeverABlocker() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        String noAlt = "![](https://www.test.gov.cn/a.png)\n\n正文。";
        s.write(A, ReviewedSite.item("有豁免的稿件", TODAY, noAlt));
        s.write(B, ReviewedSite.item("没有豁免的稿件", TODAY, noAlt));
        String secret = "content/news/secret.md";
        s.write(secret, ReviewedSite.item("区政府工作安排", TODAY, "秘密★1年\n\n正文。"));
        s.commitAll("items");
        s.approveChain(A, "--waive", "format.image-alt 图片为装饰性分隔线");
        s.approveChain(B);
        List<ApprovalRecord.Waiver> waive = List.of(new ApprovalRecord.Waiver("secrecy.mark", "试图豁免"));
        s.recordDirectly("信息员甲", 1, secret, waive);
        s.recordDirectly("科长乙", 2, secret, waive);
        s.recordDirectly("分管丙", 3, secret, waive);
        BuildReport r = s.build(false);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("format.image-alt"))
                .extracting(f -> f.pos().path()).containsExactly(B);
        assertThat(r.findings()).filteredOn(Finding::isBlocker).extracting(Finding::ruleId).contains("secrecy.mark");
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(secret);
        assertThat(s.out(false).resolve("news/secret.html")).doesNotExist();
        String check = Cli.run("check", "--site", s.root.toString(), "--format", "github").out();
        assertThat(check.lines().filter(l -> l.contains("format.image-alt"))).hasSize(1)
                .allMatch(l -> l.contains(B));
    }

    @Test
    void anItemDatedBeforeItsFinalApprovalIsBlockedAsBackdated() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("补发的稿件", TODAY.minusDays(10), "正文。"));
        s.write(B, ReviewedSite.item("按时的稿件", TODAY, "正文。"));
        s.commitAll("items");
        s.approveChain(A);
        s.approveChain(B);
        BuildReport r = s.build(false);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("format.backdated"))
                .singleElement().satisfies(f -> {
                    assertThat(f.isBlocker()).isTrue();
                    assertThat(f.pos().path()).isEqualTo(A);
                    assertThat(f.pos().line()).isEqualTo(3);
                });
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(A);
        assertThat(s.out(false).resolve("news/b.html")).exists();
    }

    @Test
    void migratedContentKeepsItsOlderDateButAnItemAddedAfterTheMigrationIsStillBackdated() throws Exception {
        ReviewedSite s = new ReviewedSite(tmp);
        s.write(A, ReviewedSite.item("旧网站迁入的稿件", TODAY.minusDays(30), "正文。"));
        s.commitAll("migration from the old portal");
        String migration = s.repo.resolve("HEAD").name();
        s.approveChain(A);
        Path config = s.root.resolve("site-config.yml");
        Files.writeString(config, Files.readString(config).replace("  version: 1\n",
                "  version: 2\n  migration: " + migration + "\n"));
        s.commitAll("policy: the migration commit");
        assertThat(s.approve("管理员戊", "admin", "site-config.yml").exit()).isZero();
        s.write(B, ReviewedSite.item("补发的稿件", TODAY.minusDays(10), "正文。"));
        s.commitAll("a new item dated back");
        s.approveChain(B);
        BuildReport r = s.build(false);
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("format.backdated"))
                .extracting(f -> f.pos().path()).containsExactly(B);
        assertThat(r.excluded()).extracting(Exclusion::path).containsExactly(B);
    }
}
