package io.sanshen.ledger;

import io.sanshen.config.Confidentiality;
import io.sanshen.config.ReviewLevel;
import io.sanshen.config.ReviewPolicy;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.FrontMatterReader;
import io.sanshen.content.ItemFacts;
import io.sanshen.content.SiteLayout;
import io.sanshen.diag.Text;
import io.sanshen.review.PathKind;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Fills a form for one item from the ledger. The version shown is the one at HEAD when it carries records,
 * else the last approved one (still online after an edit); the withdrawal form shows the withdrawn version.
 */
public final class FormBuilder {
    /** Why no form can be made (unknown item, no approved policy). */
    public static final class FormException extends Exception {
        private final Text problem;

        public FormException(Text problem) {
            super(problem.en());
            this.problem = problem;
        }

        public Text problem() {
            return problem;
        }
    }

    private final Repository repo;
    private final ReviewReport report;
    private final Ledger ledger;

    public FormBuilder(Repository repo, ReviewReport report, Ledger ledger) {
        this.repo = repo;
        this.report = report;
        this.ledger = ledger;
    }

    public ApprovalForm build(String path, FormType type) throws IOException, FormException {
        SiteConfig config = report.policy().orElseThrow(() -> new FormException(
                Text.of("没有经批准的站点配置", "no approved site config")));
        List<LedgerEntry> rows = ledger.of(path);
        Optional<PathReview> atHead = report.path(path);
        SiteLayout layout = SiteLayout.of(config);
        if (atHead.isEmpty() && rows.isEmpty() || PathKind.of(path, layout) != PathKind.CONTENT) {
            throw new FormException(Text.of(path + "：不是需审核的信息，或从未有审核记录",
                    path + ": not a reviewed item, or it has no records"));
        }
        ObjectId blob = version(type, atHead, rows);
        List<LedgerEntry> forBlob = rows.stream().filter(e -> e.blob().equals(blob)).toList();
        ItemFacts info = repo.getObjectDatabase().has(blob) && path.endsWith(".md")
                ? ItemFacts.of(repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20), new FrontMatterReader(config), path)
                : ItemFacts.NONE;
        var column = layout.column(path).orElseThrow();
        ReviewPolicy rp = config.review();
        List<ApprovalForm.Row> out = new ArrayList<>();
        Optional<ApprovalForm.Row> confidentiality = Optional.empty();
        String reason = "";
        if (type == FormType.WITHDRAWAL) {
            List<LedgerEntry> withdrawals = rows.stream().filter(e -> e.action() == LedgerAction.WITHDRAW).toList();
            withdrawals.forEach(e -> out.add(ApprovalForm.Row.of(e)));
            reason = withdrawals.isEmpty() ? "" : withdrawals.get(0).opinion();
            if (withdrawals.isEmpty()) {
                out.add(ApprovalForm.Row.pending(PolicyNames.WITHDRAWAL, ""));
            }
        } else {
            for (ReviewLevel l : rp.required(info.important())) {
                out.add(decision(forBlob, Integer.toString(l.number())).orElse(ApprovalForm.Row.pending(l.name(), l.role())));
            }
            Confidentiality c = rp.confidentiality();
            Optional<ApprovalForm.Row> attest = decision(forBlob, "confidentiality");
            String role = c.byRole() ? c.role() : rp.level(c.level()).map(ReviewLevel::role).orElse("");
            if (attest.isEmpty() && !c.byRole()) {
                // the level's signer attested 保密审查 in the same record: the row is still the 保密审查 step
                attest = forBlob.stream().filter(e -> e.action() == LedgerAction.APPROVE
                        && e.level().equals(Integer.toString(c.level())) && e.checks().contains(Confidentiality.CHECK_WORD))
                        .findFirst().map(e -> ApprovalForm.Row.of(e).as(PolicyNames.CONFIDENTIALITY, role));
            }
            ApprovalForm.Row row = attest.orElse(ApprovalForm.Row.pending(PolicyNames.CONFIDENTIALITY, role));
            if (type == FormType.CONFIDENTIALITY || c.byRole()) {
                confidentiality = Optional.of(row);
            }
        }
        String title = info.title().isEmpty() && !rows.isEmpty() ? rows.get(rows.size() - 1).title() : info.title();
        return new ApprovalForm(type, config.site().title(), path, title, info.source(),
                PolicyNames.unitName(column.unitId(), config), column.title(), info.important(), info.reprint(), blob,
                out, reason, confidentiality, complete(type, blob, atHead, rows));
    }

    /** Whether the review counts the version as fully approved (withdrawn, for the withdrawal form). */
    private static boolean complete(FormType type, ObjectId blob, Optional<PathReview> atHead, List<LedgerEntry> rows) {
        if (type == FormType.WITHDRAWAL) {
            return atHead.map(p -> p.status() == PathReview.Status.WITHDRAWN)
                    .orElse(rows.stream().anyMatch(e -> e.action() == LedgerAction.WITHDRAW));
        }
        // a path gone from HEAD: its version was approved when the log published it
        return atHead.map(p -> p.status() == PathReview.Status.APPROVED && p.blob().equals(blob)
                        || p.lastApproved().filter(blob::equals).isPresent())
                .orElse(rows.stream().anyMatch(e -> e.action() == LedgerAction.PUBLISH && e.blob().equals(blob)));
    }

    /** The first approval or rejection at {@code level} for the version. */
    private static Optional<ApprovalForm.Row> decision(List<LedgerEntry> forBlob, String level) {
        return forBlob.stream().filter(e -> e.level().equals(level)
                        && (e.action() == LedgerAction.APPROVE || e.action() == LedgerAction.REJECT))
                .findFirst().map(ApprovalForm.Row::of);
    }

    private static ObjectId version(FormType type, Optional<PathReview> atHead, List<LedgerEntry> rows) {
        if (type == FormType.WITHDRAWAL) {
            Optional<LedgerEntry> w = rows.stream().filter(e -> e.action() == LedgerAction.WITHDRAW).reduce((a, b) -> b);
            if (w.isPresent()) {
                return w.get().blob();
            }
        }
        if (atHead.isPresent()) {
            PathReview p = atHead.get();
            boolean headHasRecords = rows.stream().anyMatch(e -> e.blob().equals(p.blob()));
            return headHasRecords ? p.blob() : p.lastApproved().orElse(p.blob());
        }
        return rows.get(rows.size() - 1).blob();
    }
}
