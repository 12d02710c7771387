package io.sanshen.ledger;

import io.sanshen.diag.TimeZones;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One row of the 审核台账.
 *
 * @param time      committer time of the record (for a publication: of the record that completed the approval)
 * @param level     the level as written in the record: {@code 1..4}, {@code confidentiality}, {@code admin}, or
 *                  {@code 0} for a withdrawal without level; for a publication the completing record's level
 * @param levelName the policy's name for it (一审, 二审 …, 保密审查, 管理员审批, 失效审批)
 * @param role      the role the signer used
 * @param unit      the unit's name (the id when the policy has no name for it)
 * @param checks    the 五关 the signer attests
 */
public record LedgerEntry(Instant time, LedgerAction action, String level, String levelName, String path, String title,
                          String signer, String role, String unit, String keyFingerprint, ObjectId blob, ObjectId commit,
                          String opinion, List<String> checks) {
    public LedgerEntry {
        checks = List.copyOf(checks);
    }

    /** Local time in China, where the ledger is read. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(time, TimeZones.CHINA);
    }

    public String checksText() {
        return String.join(" ", checks);
    }
}
