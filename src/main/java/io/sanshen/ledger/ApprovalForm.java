package io.sanshen.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A form filled from the signed records of one item version.
 *
 * @param site          the site's name, heading the form
 * @param source        信息来源 (front matter), empty when not given
 * @param unit          报送单位: the unit owning the column
 * @param reprint       the item is a 转载
 * @param blob          the version the records cover
 * @param rows          one row per review step, in order; missing steps are pending rows
 * @param reason        失效原因 (withdrawal form only)
 * @param confidentiality the 保密审查 row (confidentiality form only)
 * @param complete      the review says this version is fully approved (withdrawn, for the withdrawal form): a form
 *                      without it must not serve as the basis for publishing
 */
public record ApprovalForm(FormType type, String site, String path, String title, String source, String unit,
                           String column, boolean important, boolean reprint, ObjectId blob, List<Row> rows,
                           String reason, Optional<Row> confidentiality, boolean complete) {
    public ApprovalForm {
        rows = List.copyOf(rows);
    }

    /**
     * One review step.
     *
     * @param level    the policy's level name (一审 …)
     * @param role     the role that acts at that step
     * @param agreed   empty when pending; true for an approval (or withdrawal), false for a rejection
     * @param signer   the signer's registered name, empty when pending
     * @param key      the fingerprint of the key that made the 电子签名
     * @param date     China-local date of the record, null when pending
     * @param commit   the record's commit, null when pending
     */
    public record Row(String level, String role, Optional<Boolean> agreed, String opinion, String signer, String key,
                      LocalDate date, ObjectId commit) {
        public static Row pending(String level, String role) {
            return new Row(level, role, Optional.empty(), "", "", "", null, null);
        }

        public static Row of(LedgerEntry e) {
            return new Row(e.levelName(), e.role(), Optional.of(e.action() != LedgerAction.REJECT), e.opinion(), e.signer(),
                    e.keyFingerprint(), e.localTime().toLocalDate(), e.commit());
        }

        /** The same decision shown as another step (a level's record that also attests 保密审查). */
        public Row as(String level, String role) {
            return new Row(level, role, agreed, opinion, signer, key, date, commit);
        }

        public boolean pending() {
            return agreed.isEmpty();
        }
    }
}
