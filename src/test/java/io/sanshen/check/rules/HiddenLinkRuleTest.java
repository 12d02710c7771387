package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HiddenLinkRuleTest {
    @TempDir
    Path dir;

    private List<Finding> run(String body) throws Exception {
        CheckContext ctx = RuleSites.site(dir, item("content/news/a.md", "甲", body));
        return RuleSites.item(ctx, HiddenLinkRule.ID, c -> new HiddenLinkRule());
    }

    @Test
    void findsLinksHiddenByInlineStyle() throws Exception {
        for (String style : List.of("display:none", "visibility: hidden", "font-size:0px", "opacity:0",
                "width:0;height:0;overflow:hidden", "position:absolute;left:-9999px", "text-indent:-9999px",
                "color:#fff;background-color:#FFFFFF", "DISPLAY: NONE !important")) {
            List<Finding> f = run("正文<a href=\"https://casino.example/\" style=\"" + style + "\">博彩</a>结束");
            assertThat(f).as(style).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.BLOCKER);
                assertThat(x.pos().toString()).isEqualTo("content/news/a.md:6:3");
                assertThat(x.message().zh()).contains("casino.example");
            });
        }
    }

    @Test
    void findsLinksHiddenByClassAttributeAncestorOrEmptiness() throws Exception {
        assertThat(run("<a href=\"https://x.example/\" class=\"nav hide\">x</a>")).hasSize(1);
        assertThat(run("<a href=\"https://x.example/\" hidden>x</a>")).hasSize(1);
        assertThat(run("<a href=\"https://x.example/\"></a>")).hasSize(1);
        List<Finding> nested = run("<div style=\"display:none\">\n\n<p><a href=\"https://x.example/\">x</a></p>\n\n</div>");
        assertThat(nested).singleElement().satisfies(x -> {
            assertThat(x.pos().line()).isEqualTo(8);
            assertThat(x.message().en()).contains("enclosing <div>");
        });
    }

    @Test
    void leavesVisibleLinksCodeExamplesAndMarkdownAlone() throws Exception {
        assertThat(run("""
                <a href="https://www.gov.cn/" style="color:#333;font-size:14px">中国政府网</a>
                <a href="https://www.gov.cn/" style="width:120px"><img src="logo.png"></a>
                <a href="https://www.gov.cn/" aria-label="中国政府网"></a>
                <a name="top"></a>

                `<a href="https://x.example/" style="display:none">x</a>`

                ```html
                <a href="https://x.example/" style="display:none">x</a>
                ```

                [可见](https://www.gov.cn/)
                """)).isEmpty();
    }

    @Test
    void findsHiddenLinksInTemplatesWithTheirLine(@TempDir Path site) throws Exception {
        RuleSites.site(site, """
                -- templates/base.ftlh --
                <html><body>
                <header><a href="${root}index.html">首页</a></header>
                <#if x><span>${x}</span></#if>
                <div class="footer"><a href="https://spam.example/" style="font-size:0">spam</a></div>
                </body></html>
                -- templates/page.ftlh --
                <a href="${root}a.html" class="current">${item.title}</a>
                """);
        CheckContext ctx = RuleSites.load(site, false);
        List<Finding> f = RuleSites.site(ctx, TemplateHiddenLinkRule.ID, TemplateHiddenLinkRule::new);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.pos().toString()).isEqualTo("templates/base.ftlh:4:21");
            assertThat(x.excerpt()).contains("spam.example");
        });
    }
}
