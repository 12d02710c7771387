package io.sanshen.ledger;

import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.IgnoredRecord;
import io.sanshen.review.PathKind;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.signature.CommitSignature;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.review.signature.SignatureVerifier;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Builds the ledger from the history the review engine judged. Which records count is the engine's decision
 * (everything it did not list as ignored); this class re-reads those records (parser and verifier of
 * {@code io.sanshen.review}) only to learn who signed, in which role and unit, with which key and when.
 */
public final class LedgerReader {
    private final Repository repo;
    private final ReviewReport report;
    private final PolicyAt policies;
    private final Map<ObjectId, ItemInfo> infos = new HashMap<>();
    private final Publications publications = new Publications();

    public LedgerReader(Repository repo, ReviewReport report) {
        this.repo = repo;
        this.report = report;
        this.policies = new PolicyAt(repo);
    }

    /** The whole ledger of the reviewed HEAD, oldest row first. */
    public Ledger read() throws IOException {
        Set<ObjectId> wholeIgnored = new HashSet<>();
        Set<String> itemIgnored = new HashSet<>();
        for (IgnoredRecord i : report.ignored()) {
            if (i.path().isEmpty()) {
                wholeIgnored.add(i.commit());
            } else {
                itemIgnored.add(i.commit().name() + '\0' + i.path());
            }
        }
        List<LedgerEntry> rows = new ArrayList<>();
        if (report.head().equals(ObjectId.zeroId())) {
            return new Ledger(rows, report.ignored());
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(report.head()));
            for (RevCommit c : walk) {
                if (c.getParentCount() == 0 || !c.getParent(0).getTree().equals(c.getTree())
                        || wholeIgnored.contains(c.getId()) || !ApprovalRecord.mentionsRecord(c.getFullMessage())) {
                    continue;
                }
                Optional<ApprovalRecord> rec = ApprovalRecord.parse(c.getFullMessage(), t -> { });
                if (rec.isPresent()) {
                    record(c, rec.get(), itemIgnored, rows);
                }
            }
        }
        return new Ledger(rows, report.ignored());
    }

    private void record(RevCommit c, ApprovalRecord rec, Set<String> itemIgnored, List<LedgerEntry> rows)
            throws IOException {
        Optional<SiteConfig> inTree = policies.in(c.getTree());
        List<SiteConfig> configs = new ArrayList<>();
        report.policy().ifPresent(configs::add);
        inTree.ifPresent(configs::add);
        Verification v = SignatureVerifier.verify(CommitSignature.of(c.getRawBuffer()), keysOf(configs));
        if (!v.isGood()) {
            return; // counted by the engine with a policy no longer in reach; nothing trustworthy to show
        }
        SiteConfig names = null;
        Reviewer who = null;
        for (SiteConfig cfg : configs) {
            Optional<Reviewer> r = cfg.review().reviewerByKey(v.keyFingerprint());
            if (r.isPresent()) {
                names = cfg;
                who = r.get();
                break;
            }
        }
        if (who == null) {
            return;
        }
        for (ApprovalRecord.Item item : rec.items()) {
            if (itemIgnored.contains(c.getId().name() + '\0' + item.path())) {
                continue;
            }
            ItemInfo info = info(item.blob(), item.path());
            String unitId = PolicyNames.unitId(item.path(), names, who);
            LedgerAction action = switch (rec.action()) {
                case APPROVE -> LedgerAction.APPROVE;
                case REJECT -> LedgerAction.REJECT;
                case WITHDRAW -> LedgerAction.WITHDRAW;
            };
            LedgerEntry row = new LedgerEntry(c.getCommitterIdent().getWhenAsInstant(), action, rec.level().toString(),
                    PolicyNames.level(rec.level(), names), item.path(), info.title(), who.name(),
                    PolicyNames.role(rec.level(), names, who, unitId), PolicyNames.unitName(unitId, names),
                    v.keyFingerprint(), item.blob(), c.getId().copy(), rec.opinion(), rec.checks());
            rows.add(row);
            boolean content = PathKind.of(item.path(), names) == PathKind.CONTENT;
            if (content && publications.apply(item.path(), item.blob(), rec.action(), rec.level(), rec.checks(),
                    names.review(), info.important())) {
                rows.add(new LedgerEntry(row.time(), LedgerAction.PUBLISH, row.level(), row.levelName(), row.path(),
                        row.title(), row.signer(), row.role(), row.unit(), row.keyFingerprint(), row.blob(), row.commit(),
                        "", List.of()));
            }
        }
    }

    private static List<ReviewerKey> keysOf(List<SiteConfig> configs) {
        Set<ReviewerKey> keys = new LinkedHashSet<>();
        configs.forEach(c -> c.review().reviewers().forEach(r -> r.keys().forEach(k -> keys.add(k.key()))));
        return new ArrayList<>(keys);
    }

    private ItemInfo info(ObjectId blob, String path) throws IOException {
        if (!path.endsWith(".md") || !repo.getObjectDatabase().has(blob)) {
            return ItemInfo.NONE;
        }
        ItemInfo known = infos.get(blob);
        if (known == null) {
            known = ItemInfo.of(repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20));
            infos.put(blob, known);
        }
        return known;
    }
}
