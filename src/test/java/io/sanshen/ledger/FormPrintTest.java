package io.sanshen.ledger;

import static io.sanshen.ledger.LedgerFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import io.sanshen.testkit.Cli;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms as printed from {@code sanshen ledger form}: the right labels, one page, and no approval where there is none. */
class FormPrintTest {
    @TempDir
    Path tmp;

    private static Document form(LedgerFixture f, String type) {
        Cli c = Cli.run("ledger", "form", ITEM, "--type", type, "--site", f.site());
        assertThat(c.exit()).as(c.err()).isZero();
        return Jsoup.parse(c.out());
    }

    @Test
    void confidentialityRowIsLabelledAsTheConfidentialityReview() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain(); // 三审 attests 保密 in the same record
        Document d = form(f, "保密审查表");
        assertThat(d.selectFirst("tr.confidentiality th").text()).startsWith("保密审查").doesNotStartWith("三审");
        assertThat(d.selectFirst("tr.confidentiality .name").text()).isEqualTo("分管丙");
        assertThat(d.select("tr.level th").eachText()).noneMatch(t -> t.startsWith("保密审查"));
    }

    @Test
    void confidentialityFormIsLaidOutToFitOnePage() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", true);
        f.approveChain();
        Document d = form(f, "保密审查表");
        // four levels, the 保密审查 row and the attestation: compact rows, fixed columns
        assertThat(d.body().hasClass("compact")).isTrue();
        assertThat(d.select("style").html()).contains("body.compact td.opinion { height: 11mm; }")
                .contains("table-layout: fixed").contains("size: A4 portrait");
        assertThat(d.select("table.form colgroup col")).hasSize(4);
        assertThat(form(f, "发布审批表").body().hasClass("compact")).isFalse();
    }

    @Test
    void formOfAnUnapprovedVersionSaysItIsNoBasisForPublishing() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        for (String type : new String[] {"发布审批表", "保密审查表"}) {
            Document d = form(f, type);
            assertThat(d.select(".unapproved").text()).as(type).isEqualTo("未完成审核，不得作为发布依据");
            // said before the table, where it cannot be missed
            assertThat(d.body().children().indexOf(d.selectFirst(".unapproved")))
                    .isLessThan(d.body().children().indexOf(d.selectFirst("table.form")));
        }
        f.approve("科长乙", 2, "同意", "2024-05-22T02:00:00Z");
        f.approve("分管丙", 3, "同意发布", "2024-05-23T02:00:00Z");
        assertThat(form(f, "发布审批表").select(".unapproved")).isEmpty();
    }

    @Test
    void rejectedVersionAndPendingWithdrawalAreNoBasisEither() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        f.record("科长乙", ApprovalRecord.Action.REJECT, ApprovalRecord.Level.of(2), "数据有误", List.of(), "2024-05-22T02:00:00Z");
        assertThat(form(f, "发布审批表").select(".unapproved").text()).isEqualTo("未完成审核，不得作为发布依据");
        LedgerFixture g = LedgerFixture.withItem(tmp.resolve("g"), "通知", false);
        g.approveChain();
        assertThat(form(g, "失效审批表").select(".unapproved").text()).isEqualTo("失效审批未完成，不得作为撤稿依据");
    }
}
