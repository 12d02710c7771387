package io.sanshen.ledger;

import static io.sanshen.ledger.LedgerFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.IgnoreReason;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerReaderTest {
    @TempDir
    Path tmp;

    @Test
    void listsEachApprovalAndThePublicationAtTheCompletingApproval() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain();
        List<LedgerEntry> rows = f.ledger().entries();
        assertThat(rows).extracting(LedgerEntry::action).containsExactly(LedgerAction.APPROVE, LedgerAction.APPROVE,
                LedgerAction.APPROVE, LedgerAction.PUBLISH);
        assertThat(rows).extracting(LedgerEntry::signer).containsExactly("信息员甲", "科长乙", "分管丙", "分管丙");
        assertThat(rows).extracting(LedgerEntry::levelName).startsWith("一审", "二审", "三审");
        LedgerEntry first = rows.get(0);
        assertThat(first.role()).isEqualTo("网站信息员");
        assertThat(first.unit()).isEqualTo("区政府办公室");
        assertThat(first.title()).isEqualTo("会议纪要");
        assertThat(first.keyFingerprint()).isNotEmpty().startsWith("SHA256:");
        assertThat(first.blob()).isEqualTo(f.blob(ITEM));
        assertThat(rows.get(3).time()).isEqualTo(rows.get(2).time());
        assertThat(rows.get(3).localTime().toString()).isEqualTo("2024-05-23T10:00");
    }

    @Test
    void keysIgnoredRecordsApartFromValidRows() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        f.approve("分管丙", 1, "越级", "2024-05-21T03:00:00Z"); // 分管丙 holds no level-1 role
        ApprovalRecord forged = new ApprovalRecord(ApprovalRecord.Action.APPROVE, ApprovalRecord.Level.of(2),
                List.of(new ApprovalRecord.Item(ITEM, f.blob(ITEM))), List.of(), "伪造", List.of());
        try (Git git = new Git(f.repo)) {
            git.commit().setAllowEmpty(true).setSign(false).setMessage(forged.toMessage()).call();
        }
        Ledger ledger = f.ledger();
        assertThat(ledger.entries()).extracting(LedgerEntry::signer).containsExactly("信息员甲");
        assertThat(ledger.ignored()).extracting(i -> i.reason())
                .containsExactlyInAnyOrder(IgnoreReason.WRONG_ROLE, IgnoreReason.UNSIGNED);
    }

    @Test
    void rejectionAndWithdrawalHaveTheirOwnRows() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approveChain();
        f.record("科长乙", ApprovalRecord.Action.WITHDRAW, ApprovalRecord.Level.of(0), "信息已过时效",
                List.of(), "2024-06-01T02:00:00Z");
        f.commit(ITEM, LedgerFixture.item("会议纪要（修订）", false), "2024-06-02T02:00:00Z");
        f.approve("信息员甲", 1, "同意", "2024-06-03T02:00:00Z");
        f.record("科长乙", ApprovalRecord.Action.REJECT, ApprovalRecord.Level.of(2), "数据有误", List.of(), "2024-06-04T02:00:00Z");
        List<LedgerEntry> rows = f.ledger().entries();
        LedgerEntry withdrawal = rows.stream().filter(e -> e.action() == LedgerAction.WITHDRAW).findFirst().orElseThrow();
        assertThat(withdrawal.levelName()).isEqualTo("失效审批");
        assertThat(withdrawal.opinion()).isEqualTo("信息已过时效");
        assertThat(withdrawal.role()).isEqualTo("责任科室负责人");
        assertThat(rows.get(rows.size() - 1).action()).isEqualTo(LedgerAction.REJECT);
        assertThat(rows.get(rows.size() - 1).title()).isEqualTo("会议纪要（修订）");
        assertThat(rows).filteredOn(e -> e.action() == LedgerAction.PUBLISH).hasSize(1);
    }

    @Test
    void filtersByChinaLocalDateInclusive() throws Exception {
        LedgerFixture f = LedgerFixture.withItem(tmp, "会议纪要", false);
        f.approve("信息员甲", 1, "同意", "2024-05-21T02:00:00Z");
        f.approve("科长乙", 2, "同意", "2024-05-21T17:00:00Z"); // 2024-05-22 01:00 in China
        f.approve("分管丙", 3, "同意", "2024-05-23T02:00:00Z");
        Ledger all = f.ledger();
        assertThat(all.between(Optional.of(LocalDate.of(2024, 5, 22)), Optional.of(LocalDate.of(2024, 5, 22))).entries())
                .extracting(LedgerEntry::signer).containsExactly("科长乙");
        assertThat(all.between(Optional.empty(), Optional.of(LocalDate.of(2024, 5, 21))).entries()).hasSize(1);
        assertThat(all.between(Optional.of(LocalDate.of(2024, 5, 23)), Optional.empty()).entries())
                .extracting(LedgerEntry::action).containsExactly(LedgerAction.APPROVE, LedgerAction.PUBLISH);
    }
}
