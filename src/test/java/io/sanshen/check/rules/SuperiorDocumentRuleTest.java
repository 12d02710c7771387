package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.run;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuperiorDocumentRuleTest {
    @TempDir
    Path dir;

    private java.util.List<String> check(RuleHarness.ItemText item) throws Exception {
        return where(run(dir, SuperiorDocumentRule::new, item.toString()));
    }

    @Test
    void blocksItemWhoseOwnDocNoIsFromTheStateCouncil() throws Exception {
        assertThat(check(item().extra("doc-no: 国发〔2026〕3号"))).containsExactly("12:9 blocker reprint.superior-document");
    }

    @Test
    void blocksProvincialDocNoAndSuperiorPublisher() throws Exception {
        assertThat(check(item().extra("doc-no: 苏政发〔2026〕12号"))).hasSize(1);
        assertThat(check(item().with("publisher", "国务院办公厅"))).containsExactly("4:12 blocker reprint.superior-document");
        assertThat(check(item().with("source", "江苏省人民政府"))).containsExactly("5:9 blocker reprint.superior-document");
    }

    @Test
    void blocksSuperiorTitleAndDocumentHead() throws Exception {
        assertThat(check(item().with("title", "国务院关于加快发展先进制造业的意见"))).containsExactly("2:8 blocker reprint.superior-document");
        RuleHarness.ItemText head = item().body("国办发〔2026〕5号\n\n各省、自治区、直辖市人民政府：\n");
        assertThat(check(head)).containsExactly(head.bodyLine() + ":1 blocker reprint.superior-document");
    }

    @Test
    void acceptsReprintFromAnAllowedSource() throws Exception {
        RuleHarness.ItemText item = item().with("publisher", "国务院办公厅").extra("""
                doc-no: 国办发〔2017〕47号
                reprint:
                  site: 中国政府网
                  url: https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm
                  date: 2026-05-22
                """);
        assertThat(check(item)).isEmpty();
    }

    @Test
    void blocksReprintFromASiteNotOnTheList() throws Exception {
        RuleHarness.ItemText item = item().extra("""
                doc-no: 国办发〔2017〕47号
                reprint:
                  site: 某资讯网
                  url: https://news.example.com/a.html
                  date: 2026-05-22
                """);
        assertThat(check(item)).containsExactly("12:9 blocker reprint.superior-document");
    }

    @Test
    void ignoresDistrictDocumentsCitingSuperiorOnes() throws Exception {
        RuleHarness.ItemText item = item().with("title", "区政府办公室关于转发国务院办公厅关于印发政府网站发展指引的通知")
                .with("genre", "通知").extra("doc-no: 示政办发〔2026〕3号")
                .body("示政办发〔2026〕3号\n\n根据《国务院办公厅关于印发政府网站发展指引的通知》（国办发〔2017〕47号），结合我区实际。\n");
        assertThat(check(item)).isEmpty();
        assertThat(check(item().with("publisher", "示范区人民政府").with("source", "区国务院事务协调办公室"))).isEmpty();
    }
}
