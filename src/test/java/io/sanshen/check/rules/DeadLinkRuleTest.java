package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import io.sanshen.check.CheckContext;
import io.sanshen.content.Markdown;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLinkRuleTest {
    @TempDir
    Path dir;

    private List<Finding> run(String body) throws Exception {
        CheckContext ctx = RuleSites.site(dir, item("content/news/a.md", "甲", body)
                + item("content/news/b.md", "乙", "## 工作安排\n\n## Work Plan 2026\n\n正文")
                + item("content/notices/c/index.md", "丙", "见附件。")
                + "-- content/notices/c/表格.pdf --\n%PDF-1.4\n"
                + "-- content/notices/c/logo.png --\npng\n"
                + "-- content/images/banner.png --\npng\n");
        return RuleSites.item(ctx, DeadLinkRule.ID, DeadLinkRule::new).stream()
                .filter(f -> f.pos().path().equals("content/news/a.md")).toList();
    }

    @Test
    void acceptsLinksToItemsBundlesResourcesAndStaticFiles() throws Exception {
        assertThat(run("""
                [乙](b.md) [丙](../notices/c/index.md) [丙目录](../notices/c/) [表](../notices/c/%E8%A1%A8%E6%A0%BC.pdf)
                ![图](../notices/c/logo.png) ![横幅](/content/images/banner.png) [外](https://www.gov.cn/)
                [邮件](mailto:a@b.cn) [页](/news/b.html) [查询](b.md?x=1)
                """)).isEmpty();
    }

    @Test
    void reportsMissingFileWithItsPosition() throws Exception {
        List<Finding> f = run("第一行\n\n请见[通知](../notices/missing.md)。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(x.pos().toString()).isEqualTo("content/news/a.md:8:3");
            assertThat(x.message().zh()).contains("content/notices/missing.md");
            assertThat(x.fix().en()).isNotBlank();
        });
    }

    @Test
    void reportsMissingImageAndLinkLeavingTheRepository() throws Exception {
        List<Finding> f = run("![图](nope.png)\n\n[外](../../../../etc/passwd)");
        assertThat(f).extracting(x -> x.message().en())
                .anySatisfy(m -> assertThat(m).contains("nope.png"))
                .anySatisfy(m -> assertThat(m).contains("climbs out"));
        assertThat(f).allMatch(Finding::isBlocker);
    }

    @Test
    void checksAnchorsAgainstTheRenderersHeadingIds() throws Exception {
        String html = HtmlRenderer.builder(Markdown.OPTIONS).build()
                .render(Markdown.parse("## 工作安排\n\n## Work Plan 2026\n"));
        assertThat(html).contains("id=\"工作安排\"").contains("id=\"work-plan-2026\"");
        assertThat(run("[a](b.md#工作安排) [b](b.md#work-plan-2026) [c](b.md#%E5%B7%A5%E4%BD%9C%E5%AE%89%E6%8E%92)"))
                .isEmpty();
        List<Finding> f = run("## 本页\n\n[a](b.md#没有) [b](#本页) [c](#别处)");
        assertThat(f).hasSize(2).allMatch(x -> x.severity() == Severity.WARNING);
        assertThat(f.get(0).fix().zh()).contains("work-plan-2026");
    }
}
