package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentOnlyRuleTest {
    @TempDir
    Path dir;

    @Test
    void blocksBodyThatIsOnlyAttachmentLinks() throws Exception {
        Files.createDirectories(dir.resolve("content/news/a"));
        Files.writeString(dir.resolve("content/news/a/plan.pdf"), "%PDF-1.4");
        RuleHarness.ItemText item = item().at("content/news/a/index.md").body("附件：[工作方案.pdf](plan.pdf)\n\n[点击下载](plan.pdf)\n");
        assertThat(where(run(dir, ctx -> new AttachmentOnlyRule(), item.toString())))
                .containsExactly(item.bodyLine() + ":1 blocker format.attachment-only");
    }

    @Test
    void blocksEmptyBodyAtTheTitle() throws Exception {
        assertThat(where(run(dir, ctx -> new AttachmentOnlyRule(), item().body("\n").toString())))
                .containsExactly("2:8 blocker format.attachment-only");
    }

    @Test
    void acceptsTextWithAttachmentsAndLinkedPages() throws Exception {
        assertThat(run(dir, ctx -> new AttachmentOnlyRule(), item().body("详见[工作方案](plan.pdf)。各单位按方案抓好落实。\n").toString())).isEmpty();
        assertThat(run(dir, ctx -> new AttachmentOnlyRule(), item().body("[区政府召开常务会议](b.md)\n").toString())).isEmpty();
        assertThat(run(dir, ctx -> new AttachmentOnlyRule(), item().body("![2026年预算支出结构图](chart.svg)\n").toString())).isEmpty();
    }
}
