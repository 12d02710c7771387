package io.sanshen.review;

import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A counted (valid) record for one file version.
 *
 * @param level          the level acted at
 * @param action         approve, reject or withdraw
 * @param reviewer       the signer's registered name
 * @param unitId         the unit whose role was used
 * @param keyFingerprint the key that verified the signature
 * @param time           committer time of the record
 * @param commit         the record's commit
 * @param waivers        rule ids of the record's {@code Sanshen-Waive} trailers (warnings accepted for these bytes)
 */
public record Approval(ApprovalRecord.Level level, ApprovalRecord.Action action, String reviewer, String unitId,
                       String keyFingerprint, Instant time, ObjectId commit, List<String> checks, String opinion,
                       List<String> waivers) {
    public Approval {
        checks = List.copyOf(checks);
        waivers = List.copyOf(waivers);
    }
}
