package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.RuleRegistry;
import io.sanshen.check.pii.PiiKind;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.testkit.SiteFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyRuleTest {
    static final String ID = "11010519491231002X";

    @TempDir
    Path dir;

    private List<Finding> run(String config, String txtar) throws Exception {
        CheckContext ctx = RuleSites.site(dir, config + txtar);
        RuleRegistry r = new RuleRegistry();
        for (PiiKind kind : PiiKind.values()) {
            r.item(PrivacyRule.idOf(kind), c -> new PrivacyRule(c, kind));
        }
        return new CheckEngine(r).run(ctx).findings();
    }

    @Test
    void reportsNumbersInTheBodyWithExactPositionsAndMaskedFix() throws Exception {
        List<Finding> f = run(SiteFiles.CONFIG, item("content/news/a.md", "会议", "第一段。\n\n联系人：张三，联系电话：13800138000，身份证号 " + ID + "。"));
        assertThat(f).extracting(Finding::ruleId).containsExactly("privacy.mobile", "privacy.id-number");
        Finding mobile = f.get(0);
        assertThat(mobile.pos().toString()).isEqualTo("content/news/a.md:8:13");
        assertThat(mobile.endColumn()).isEqualTo(24);
        assertThat(mobile.fix().zh()).contains("138****8000");
        assertThat(f.get(1).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(f.get(1).fix().zh()).contains("1101**********002X");
    }

    @Test
    void usesTheSiteMaskingStyleAndListContextFromTitle() throws Exception {
        String config = SiteFiles.CONFIG + "checks:\n  masking: {mobile: \"3,2\"}\n  mask-char: \"#\"\n";
        List<Finding> f = run(config, item("content/news/a.md", "2026年拟录用人员名单公示", "| 姓名 | 手机 |\n|---|---|\n| 李四 | 13912345678 |"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(x.fix().zh()).contains("139######78");
        });
    }

    @Test
    void scansTitleAndSummaryAtTheirFields() throws Exception {
        List<Finding> f = run(SiteFiles.CONFIG, "-- content/news/a.md --\n---\ntitle: 关于张三（" + ID + "）的公告\ndate: 2026-05-01\n"
                + "summary: 联系人张三 13800138000\n---\n正文\n");
        // FrontMatter records no position for summary yet, so both point at the title line.
        assertThat(f).extracting(x -> x.pos().line()).containsExactly(2, 2);
        assertThat(f).extracting(x -> x.message().zh().substring(0, 3)).containsExactlyInAnyOrder("标题中", "摘要中");
    }

    @Test
    void ignoresCodeLinkTargetsPublicNumbersAndMaskedValues() throws Exception {
        assertThat(run(SiteFiles.CONFIG, item("content/news/a.md", "会议", """
                咨询电话：13800138000。已脱敏：1101**********002X，张三 138****8000。

                `11010519491231002X`

                ```
                张三 13800138000
                ```

                [下载](https://example.gov.cn/files/11010519491231002X.pdf)
                """))).isEmpty();
    }

    @Test
    void reportsBadMaskingSettings() throws Exception {
        CheckContext ctx = RuleSites.site(dir, SiteFiles.CONFIG + "checks:\n  masking: {id: \"four\", phone-ish: \"1,1\"}\n");
        List<Finding> f = RuleSites.site(ctx, MaskingConfigRule.ID, MaskingConfigRule::new);
        assertThat(f).hasSize(2).allMatch(x -> x.pos().path().equals("site-config.yml"));
    }
}
