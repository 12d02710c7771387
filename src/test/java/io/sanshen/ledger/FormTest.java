package io.sanshen.ledger;

import static io.sanshen.ledger.LedgerFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.ReviewReport;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormTest {
    @TempDir
    Path tmp;

    private static Document form(LedgerFixture f, FormType type) throws Exception {
        ReviewReport report = f.review();
        ApprovalForm form = new FormBuilder(f.repo, report, new LedgerReader(f.repo, report).read()).build(ITEM, type);
        return Jsoup.parse(FormHtml.render(form));
    }

    private static String info(Document d, String label) {
        return d.select("tr.info").stream().filter(r -> r.selectFirst("th").text().equals(label)).findFirst()
                .orElseThrow().selectFirst("td").text();
    }

    @Test
    void publicationFormShowsSignersPerLevelAndPendingLevel() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        f.approve("科长乙", 2, "同意报送", "2024-05-22T02:00:00Z");
        Document d = form(f, FormType.PUBLICATION);
        assertThat(d.selectFirst("h1").text()).isEqualTo("测试区人民政府网站信息发布审批表");
        assertThat(info(d, "信息标题")).isEqualTo("会议纪要");
        assertThat(info(d, "信息来源/报送单位")).contains("区政府办公室");
        assertThat(info(d, "拟发布栏目")).isEqualTo("政务要闻");
        assertThat(info(d, "是否重要信息")).isEqualTo("否");
        Elements levels = d.select("tr.level");
        assertThat(levels).hasSize(3);
        assertThat(levels.get(0).selectFirst("th").text()).startsWith("一审");
        assertThat(levels.get(0).selectFirst(".name").text()).isEqualTo("信息员甲");
        assertThat(levels.get(0).selectFirst(".key").text()).startsWith("电子签名 SHA256:");
        assertThat(levels.get(0).selectFirst("td.day").text()).isEqualTo("2024年5月21日");
        assertThat(levels.get(1).selectFirst(".name").text()).isEqualTo("科长乙");
        assertThat(levels.get(1).selectFirst("td.opinion").text()).isEqualTo("同意报送");
        Element third = levels.get(2);
        assertThat(third.selectFirst("th").text()).startsWith("三审");
        assertThat(third.selectFirst("td.opinion").text()).isEqualTo("待审核");
        assertThat(third.selectFirst("td.signer").text()).isEmpty();
        assertThat(d.selectFirst("p.date").text()).isEqualTo("时间：2024年5月22日");
    }

    @Test
    void importantItemAddsFinalLevelRow() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "重要会议", true);
        f.approveChain();
        f.approve("主任丁", 4, "同意", "2024-05-24T02:00:00Z");
        Document d = form(f, FormType.PUBLICATION);
        assertThat(info(d, "是否重要信息")).isEqualTo("是");
        assertThat(d.select("tr.level .name").eachText()).containsExactly("信息员甲", "科长乙", "分管丙", "主任丁");
    }

    @Test
    void confidentialityFormCarriesTheAttestation() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain();
        Document d = form(f, FormType.CONFIDENTIALITY);
        assertThat(d.selectFirst("h1").text()).isEqualTo("测试区人民政府网站信息发布保密审查表");
        assertThat(d.select("tr.level td.opinion").first().text()).startsWith("同意 ☑　不同意 ☐");
        assertThat(d.selectFirst("tr.confidentiality .name").text()).isEqualTo("分管丙");
        assertThat(d.selectFirst("tr.attestation td").text()).contains("不涉及国家秘密");
    }

    @Test
    void confidentialityFormIsPendingWithoutAttestation() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        Document d = form(f, FormType.CONFIDENTIALITY);
        assertThat(d.selectFirst("tr.confidentiality td.opinion").text()).isEqualTo("待审核");
        assertThat(d.select("tr.attestation")).isEmpty();
    }

    @Test
    void withdrawalFormShowsReasonAndWithdrawalSigner() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain();
        Document before = form(f, FormType.WITHDRAWAL);
        assertThat(before.selectFirst("tr.level td.opinion").text()).isEqualTo("待审核");
        f.record("科长乙", ApprovalRecord.Action.WITHDRAW, ApprovalRecord.Level.of(0), "信息已过时效", List.of(),
                "2024-06-01T02:00:00Z");
        Document d = form(f, FormType.WITHDRAWAL);
        assertThat(d.selectFirst("h1").text()).isEqualTo("测试区人民政府网站信息失效审批表");
        assertThat(info(d, "失效原因")).isEqualTo("信息已过时效");
        assertThat(d.selectFirst("tr.level th").text()).startsWith("失效审批");
        assertThat(d.selectFirst("tr.level .name").text()).isEqualTo("科长乙");
        assertThat(d.selectFirst("tr.level td.day").text()).isEqualTo("2024年6月1日");
    }

    @Test
    void editedItemShowsTheLastApprovedVersion() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain();
        f.commit(ITEM, LedgerFixture.item("会议纪要（修订）", false), "2024-06-02T02:00:00Z");
        Document d = form(f, FormType.PUBLICATION);
        assertThat(info(d, "信息标题")).isEqualTo("会议纪要");
        assertThat(d.select("tr.level .name").eachText()).containsExactly("信息员甲", "科长乙", "分管丙");
    }

    @Test
    void refusesPathsThatAreNotItems() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        ReviewReport report = f.review();
        FormBuilder b = new FormBuilder(f.repo, report, new LedgerReader(f.repo, report).read());
        assertThatThrownBy(() -> b.build("content/news/none.md", FormType.PUBLICATION))
                .isInstanceOf(FormBuilder.FormException.class);
    }
}
