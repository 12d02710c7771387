package io.sanshen.approve;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.Approver;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Records one decision — approve, reject or withdraw — as the signed empty commit {@link Approver} writes, after
 * the checks an approval must pass. {@code approve}/{@code reject}/{@code withdraw} and the desk call this, so both
 * refuse the same things with the same words.
 */
public final class Decisions {
    /** What the command line prints after the blockers it listed; the desk shows it under them too. */
    public static final Text BLOCKED = Text.of("稿件存在阻断性检查问题（见上），须修改后再审核。",
            "the items have blocking check findings (above); fix them before approving.");

    /**
     * @param paths    repository paths (relative to the site root, '/'-separated)
     * @param waivers  warnings accepted for these bytes ({@code Sanshen-Waive})
     */
    public record Request(List<String> paths, ApprovalRecord.Action action, ApprovalRecord.Level level,
                          String opinion, List<String> checks, List<ApprovalRecord.Waiver> waivers) {
        public Request {
            paths = List.copyOf(paths);
            checks = List.copyOf(checks);
            waivers = List.copyOf(waivers);
        }
    }

    /**
     * The commit written, or why not: blockers found in the items (with {@link #BLOCKED}), a key that cannot sign
     * ({@code keyProblem}), or the refusals of the approver and the review engine.
     */
    public record Result(Optional<RevCommit> commit, List<Finding> blockers, List<Text> refusals, boolean keyProblem) {
        public boolean recorded() {
            return commit.isPresent();
        }
    }

    private Decisions() {
    }

    public static Result record(Path siteRoot, Request req, KeyChoice key, LocalDate today) throws IOException {
        if (req.action() == ApprovalRecord.Action.APPROVE && !req.level().admin()) {
            List<Finding> blockers = ApproveChecks.blockers(siteRoot, req.paths(), today);
            if (!blockers.isEmpty()) {
                return new Result(Optional.empty(), blockers, List.of(BLOCKED), false);
            }
        }
        try (Repository repo = ReviewRepo.open(siteRoot)) {
            CommitSigner signer;
            try {
                signer = key.signer(repo);
            } catch (SigningException e) {
                return new Result(Optional.empty(), List.of(), List.of(Text.of(e.problem().zh(), e.problem().en())), true);
            }
            Approver.Outcome o = new Approver(repo, ReviewRepo.engine(repo, siteRoot, null)).record(
                    new Approver.Request(req.paths(), req.action(), req.level(), req.opinion(), req.checks(),
                            key.fingerprint(repo), req.waivers()), signer, new PersonIdent(repo));
            return new Result(o.commit(), List.of(), o.refusals(), false);
        }
    }
}
