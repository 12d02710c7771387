package io.sanshen.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Where one file at HEAD stands.
 *
 * @param path          repository path (NFC)
 * @param kind          content, policy file, or uncovered (fails closed)
 * @param unitId        unit owning the column; empty for policy files
 * @param blob          the file's blob at HEAD
 * @param status        see {@link Status}
 * @param waitingFor    the missing step: level number, {@code confidentiality} or {@code admin}; empty when approved
 * @param approvals     counted records for the HEAD blob, in history order
 * @param nextReviewers who may take the missing step (authors and people already used are left out)
 * @param submitted     when the missing step became possible (submission, or the previous level's approval)
 * @param due           working-day deadline for the missing step, or null
 * @param lastApproved  the newest fully approved blob of this path, if any (still published after an edit)
 * @param approvedAt    when {@code lastApproved} became fully approved, from the review log: the time of the mainline
 *                      commit that brought in the completing record (never earlier than the history before it, so
 *                      neither a back-dated record nor one merged late from a side branch can move it back); null
 *                      when there is no approved version
 */
public record PathReview(String path, PathKind kind, String unitId, ObjectId blob, Status status, String waitingFor,
                         List<Approval> approvals, List<String> nextReviewers, Instant submitted, LocalDate due,
                         boolean overdue, Optional<ObjectId> lastApproved, boolean draft, boolean important,
                         Instant approvedAt) {
    public PathReview {
        approvals = List.copyOf(approvals);
        nextReviewers = List.copyOf(nextReviewers);
    }

    /** A review with no approved version to date ({@code approvedAt} null). */
    public PathReview(String path, PathKind kind, String unitId, ObjectId blob, Status status, String waitingFor,
                      List<Approval> approvals, List<String> nextReviewers, Instant submitted, LocalDate due,
                      boolean overdue, Optional<ObjectId> lastApproved, boolean draft, boolean important) {
        this(path, kind, unitId, blob, status, waitingFor, approvals, nextReviewers, submitted, due, overdue,
                lastApproved, draft, important, null);
    }

    public enum Status {
        /** The bytes at HEAD carry every approval. */
        APPROVED,
        /** Some step is missing; an older approved version may still be published. */
        PENDING,
        /** A valid reject vetoes the bytes at HEAD until a new version is committed. */
        REJECTED,
        /** An approved withdrawal took the item off the site. */
        WITHDRAWN,
        /** No version of this path was ever fully approved and the HEAD version has no counted record. */
        NEVER_APPROVED,
        /** No rule covers the path (no column, symbolic link, non-NFC name, or no approved policy). */
        UNCOVERED
    }

    /** The blob the build may publish for this path: HEAD's when approved, else the last approved one. */
    public Optional<ObjectId> publishedBlob() {
        return switch (status) {
            case APPROVED -> Optional.of(blob);
            case WITHDRAWN, UNCOVERED -> Optional.empty();
            default -> lastApproved;
        };
    }
}
