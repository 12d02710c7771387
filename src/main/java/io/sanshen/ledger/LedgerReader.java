package io.sanshen.ledger;

import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.FrontMatterReader;
import io.sanshen.content.ItemFacts;
import io.sanshen.review.Approval;
import io.sanshen.review.LogEvent;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Writes the review log as ledger rows: every counted record, and a publication when a content version became
 * fully approved (not for a draft, which the build never publishes). Which records count, under which policy, and when a version is complete are the review engine's
 * decisions ({@link ReviewReport#log()}); this class only names them for people (level, role and unit names of the
 * policy each record was judged under, the item's title). Deployments recorded by {@code sanshen deploy}
 * ({@link DeploymentRecord}) follow, when signed by a deploy key of the policy in force.
 */
public final class LedgerReader {
    private final Repository repo;
    private final ReviewReport report;
    private final Map<ObjectId, ItemFacts> facts = new HashMap<>();

    /** {@code report} must carry its log ({@code ReviewEngine.runWithLog()}). */
    public LedgerReader(Repository repo, ReviewReport report) {
        this.repo = repo;
        this.report = report;
    }

    /** The whole ledger of the reviewed HEAD, oldest row first. */
    public Ledger read() throws IOException {
        List<LedgerEntry> rows = new ArrayList<>();
        List<LogEvent> log = report.log().orElseThrow(() -> new IllegalStateException("review report without its log"));
        for (LogEvent e : log) {
            SiteConfig names = e.policy();
            Approval a = e.approval();
            Optional<Reviewer> who = names.review().reviewers().stream().filter(r -> r.name().equals(a.reviewer())).findFirst();
            String unitId = a.unitId().isEmpty() ? who.map(Reviewer::unitId).orElse("") : a.unitId();
            if (e.type() == LogEvent.Type.APPROVED) {
                continue; // fully approved is not yet online: the PUBLISHED event says when it goes online
            }
            LedgerAction action = e.type() == LogEvent.Type.PUBLISHED ? LedgerAction.PUBLISH : switch (a.action()) {
                case APPROVE -> LedgerAction.APPROVE;
                case REJECT -> LedgerAction.REJECT;
                case WITHDRAW -> LedgerAction.WITHDRAW;
            };
            boolean publish = action == LedgerAction.PUBLISH;
            rows.add(new LedgerEntry(a.time(), action, a.level().toString(), PolicyNames.level(a.level(), names),
                    e.path(), facts(e.blob(), e.path(), names).title(), a.reviewer(),
                    who.map(r -> PolicyNames.role(a.level(), names, r, unitId)).orElse(""),
                    PolicyNames.unitName(unitId, names), a.keyFingerprint(), e.blob(), a.commit(),
                    publish ? "" : a.opinion(), publish ? List.of() : a.checks()));
        }
        // deployments follow, in the order of their own signed chain (what was online on which target, when)
        rows.addAll(DeploymentRecord.rows(repo, report.policy().map(c -> c.deploy().keys().stream()
                .map(io.sanshen.config.KeySpec::key).toList()).orElse(List.of())));
        return new Ledger(rows, report.ignored());
    }

    private ItemFacts facts(ObjectId blob, String path, SiteConfig config) throws IOException {
        if (!path.endsWith(".md") || !repo.getObjectDatabase().has(blob)) {
            return ItemFacts.NONE;
        }
        ItemFacts known = facts.get(blob);
        if (known == null) {
            known = ItemFacts.of(repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20), new FrontMatterReader(config), path);
            facts.put(blob, known);
        }
        return known;
    }
}
