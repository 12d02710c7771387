package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sanshen status} as a reviewer reads it: what needs doing first, in Chinese, with drafts and uncommitted work. */
class StatusCliTest {
    private static final String OTHER = "content/news/2024-05-23-通知.md";
    private static final String DRAFT = "content/news/2024-05-24-草稿.md";

    @TempDir
    Path tmp;

    private static String site(ReviewFixture f) {
        return f.repo.getWorkTree().toString();
    }

    /** ITEM waits for level 2; OTHER is approved; DRAFT is a committed draft; one new file is not committed. */
    private ReviewFixture queue() throws Exception {
        ReviewFixture f = ReviewFixture.withItem(tmp, false);
        f.commit(OTHER, ReviewFixture.item("通知", false));
        f.commit(DRAFT, ReviewFixture.item("草稿", false).replace("---\n\n", "draft: true\n---\n\n"));
        f.approveChain(OTHER, false);
        f.approve("信息员甲", 1, ITEM);
        Files.writeString(f.repo.getWorkTree().toPath().resolve("content/news/2024-05-25-新稿.md"), ReviewFixture.item("新稿", false));
        return f;
    }

    @Test
    void pendingComesFirstAfterASummaryLine() throws Exception {
        ReviewFixture f = queue();
        Cli c = Cli.run("status", "--site", site(f));
        assertThat(c.exit()).as(c.err()).isZero();
        List<String> lines = c.out().lines().toList();
        assertThat(lines.get(0)).startsWith("共 ").contains("待办 2 个").contains("其中草稿 1 个")
                .contains("未提交的修改 1 个");
        assertThat(lines.get(1)).startsWith("待审核\t" + ITEM).contains("待二审：科长乙").contains("期限");
        assertThat(lines.get(2)).startsWith("未审核\t" + DRAFT).contains("【草稿】");
        assertThat(lines.get(3)).startsWith("未提交\tcontent/news/2024-05-25-新稿.md").contains("新文件");
        assertThat(lines.stream().filter(l -> l.startsWith("已审核\t"))).anyMatch(l -> l.startsWith("已审核\t" + OTHER));
    }

    @Test
    void chineseOutputHasNoCodesAndNamesUnits() throws Exception {
        ReviewFixture f = queue();
        String out = Cli.run("status", "--site", site(f)).out();
        assertThat(out).doesNotContain("NEVER_APPROVED", "PENDING", "APPROVED", "confidentiality", "（office）", " office")
                .contains("（区政府办公室）").contains("[一审:信息员甲]").contains("[一审:信息员甲、二审:科长乙、三审:分管丙]");
        String verify = Cli.run("verify", "--site", site(f)).out();
        assertThat(verify).contains("待审核\t" + ITEM).doesNotContain("PENDING").doesNotContain("待 2");
        String en = Cli.run("status", "--site", site(f), "--lang", "en").out();
        assertThat(en).contains("PENDING\t" + ITEM).contains("waiting for level 2").contains("UNCOMMITTED")
                .doesNotContain("待");
    }

    @Test
    void mineSaysWhoIAmAndWhatWaitsForMe() throws Exception {
        ReviewFixture f = queue();
        Cli chief = Cli.run("status", "--mine", "--key", f.keyFiles.get("科长乙").toString(), "--site", site(f));
        assertThat(chief.exit()).as(chief.err()).isZero();
        assertThat(chief.out().lines().findFirst().orElseThrow()).startsWith("我：科长乙（区政府办公室）")
                .contains(io.sanshen.review.signature.PublicKeys.parseSsh(f.pub("科长乙")).fingerprint()).contains(f.keyFiles.get("科长乙") + ".pub");
        assertThat(chief.out()).contains("待我审核 1 个").contains(ITEM).doesNotContain(OTHER);
        Cli director = Cli.run("status", "--mine", "--key", f.keyFiles.get("主任丁").toString(), "--site", site(f));
        assertThat(director.exit()).isZero();
        assertThat(director.out()).startsWith("我：主任丁").contains("无待办。").doesNotContain(ITEM);
    }

    @Test
    void mineWithoutAUsableKeySaysSoInsteadOfAnEmptyList() throws Exception {
        ReviewFixture f = queue();
        Cli none = Cli.run("status", "--mine", "--site", site(f));
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("找不到你的签名密钥").contains("--key");
        Path stranger = io.sanshen.testkit.TestKeys.newSshEd25519("x@y").writeTo(tmp, "stranger");
        Cli unknown = Cli.run("status", "--mine", "--key", stranger.toString(), "--site", site(f));
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("未登记为任何审核人");
    }
}
