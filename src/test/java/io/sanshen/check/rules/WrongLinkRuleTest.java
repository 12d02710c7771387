package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrongLinkRuleTest {
    @TempDir
    Path dir;

    private List<Finding> run(String body) throws Exception {
        CheckContext ctx = RuleSites.site(dir, SiteFiles.CONFIG + "checks:\n  deny-domains: [spam.example.com]\n"
                + item("content/news/a.md", "甲", body)
                + item("content/news/b.md", "示范区关于印发《促进消费扩容提质若干措施》的通知", "正文"));
        return RuleSites.item(ctx, WrongLinkRule.ID, WrongLinkRule::new);
    }

    @Test
    void reportsWellKnownSiteNamesLinkingElsewhere() throws Exception {
        List<Finding> f = run("[中国政府网](https://www.gov.com.cn/) [人民网](https://people.example.com/) "
                + "[新华网](https://www.xinhua.org/) [测试区人民政府门户网站](https://www.test.gov.com/) "
                + "[江苏省人民政府](https://www.js.gov.cn/)");
        assertThat(f).hasSize(5).allMatch(x -> x.severity() == Severity.BLOCKER);
        assertThat(f.get(0).message().zh()).contains("中国政府网").contains("www.gov.com.cn");
        assertThat(f.get(0).fix().en()).contains("gov.cn");
    }

    @Test
    void reportsDomainInTextThatIsNotTheHost() throws Exception {
        List<Finding> f = run("请访问 [www.gov.cn](https://www.gov.cn.example.net/index.html)。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.pos().toString()).isEqualTo("content/news/a.md:6:5");
            assertThat(x.message().en()).contains("www.gov.cn").contains("gov.cn.example.net");
        });
    }

    @Test
    void reportsDeniedDomains() throws Exception {
        assertThat(run("[资料](https://cdn.spam.example.com/x)")).singleElement()
                .satisfies(x -> assertThat(x.message().zh()).contains("spam.example.com"));
    }

    @Test
    void acceptsMatchingNamesSubdomainsAndOtherText() throws Exception {
        assertThat(run("""
                [中国政府网](https://www.gov.cn/zhengce/) [新华网](https://www.news.cn/) [人民网](http://politics.people.com.cn/)
                [江苏省人民政府门户网站](https://www.jiangsu.gov.cn/) [测试区人民政府](https://www.test.gov.cn/)
                [gov.cn](https://www.gov.cn/) [https://www.jiangsu.gov.cn](https://jiangsu.gov.cn/)
                [国务院关于转发中国政府网相关通知](https://www.gov.cn/a.htm) [人民网评论员文章](https://www.news.cn/x)
                [《促进消费扩容提质若干措施》](b.md) [《示范区关于印发促进消费扩容提质若干措施的通知》](b.md)
                [见乙文](b.md)
                """)).isEmpty();
    }

    @Test
    void warnsWhenDocumentNameDiffersFromTargetTitle() throws Exception {
        assertThat(run("[《示范区安全生产专项整治三年行动方案》](b.md)")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message().zh()).contains("促进消费扩容提质若干措施");
        });
    }
}
