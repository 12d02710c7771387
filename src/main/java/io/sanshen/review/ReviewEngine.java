package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Findings;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Computes, from the history reachable from HEAD, which approval records count and where every file at HEAD
 * stands. Phases: walk the history once, checking signatures against the keys they embed on the other cores
 * meanwhile ({@link Signatures}); decode every site-config.yml version; bind the signatures to the keys those versions
 * register (results cached by commit id); apply the policy in history order; report per path. With a cache root, tree diffs and path lookups are kept too ({@link HistoryCache}), so a
 * second run reads commits but no trees.
 */
public final class ReviewEngine {
    /**
     * @param trustRoot fingerprint of the admin key that roots the policy chain (CI passes it); empty = trust on first use
     * @param cacheRoot site root whose {@code .sanshen-cache/} keeps verification results; empty = no cache
     * @param today     for deadlines and key age
     * @param signatures which signatures are checked: all, or (a build) those of the records that count
     */
    public record Options(Optional<String> trustRoot, Optional<Path> cacheRoot, LocalDate today,
            SignatureScope signatures) {
        /** Every signature checked, as {@code verify} does. */
        public Options(Optional<String> trustRoot, Optional<Path> cacheRoot, LocalDate today) {
            this(trustRoot, cacheRoot, today, SignatureScope.ALL);
        }
    }

    /** Which signatures a run checks: all of them ({@code verify}, {@code status}), or those of the records that count. */
    public enum SignatureScope { ALL, DECIDING }

    /** Rounds of {@link RotationGuard}; in practice one or two suffice. */
    private static final int MAX_ROUNDS = 4;

    private final Repository repo;
    private final Options options;
    private final int signatureWorkers;

    public ReviewEngine(Repository repo, Options options) {
        this(repo, options, Signatures.defaultWorkers());
    }

    /** {@code signatureWorkers}: threads checking signatures during the walk (tests pass 0 to see what is needed). */
    ReviewEngine(Repository repo, Options options, int signatureWorkers) {
        this.repo = repo;
        this.options = options;
        this.signatureWorkers = signatureWorkers;
    }

    /** Reviews HEAD. */
    public ReviewReport run() throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return new ReviewReport(ObjectId.zeroId(), List.of(), List.of(), List.of(), Optional.empty(),
                    Optional.empty(), new ReviewReport.Stats(0, 0, 0, 0, 0), Optional.of(List.of()));
        }
        return run(head);
    }

    /** Reviews HEAD and keeps the review log (never answered from the whole-report cache, which has no log). */
    public ReviewReport runWithLog() throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        return head == null ? run() : run(head, false);
    }

    public ReviewReport run(ObjectId head) throws IOException {
        return run(head, true);
    }

    private ReviewReport run(ObjectId head, boolean fromReportCache) throws IOException {
        boolean cacheable = options.cacheRoot().isPresent() && !cacheTracked(head);
        Optional<ReportCache> reports = cacheable ? Optional.of(ReportCache.at(options.cacheRoot().get(), head,
                options.trustRoot(), options.today(), options.signatures())) : Optional.empty();
        Optional<ReviewReport> cached = fromReportCache ? reports.flatMap(c -> c.load(repo)) : Optional.empty();
        if (cached.isPresent()) {
            return cached.get();
        }
        HistoryCache history = cacheable ? HistoryCache.open(options.cacheRoot().get()) : HistoryCache.none();
        SignatureCache cache = cacheable ? SignatureCache.open(options.cacheRoot().get()) : SignatureCache.none();
        try (Signatures signatures = new Signatures(cache, signatureWorkers);
             HistoryScan scan = HistoryScan.of(repo, head, history, signatures::offer)) {
            signatures.walked();
            PolicyTimeline.Decoded decoded = new PolicyTimeline.Decoded();
            List<PolicyVersion> candidates = candidateVersions(scan, new PolicyTimeline(scan, options.trustRoot(),
                    new Findings(), decoded));
            signatures.trust(keysOf(candidates));
            // a build needs only the signatures of the records that count (policy approvals and signed content
            // commits at once: they decide for others); judged on presumed verdicts, then again if one fails
            boolean deciding = options.signatures() == SignatureScope.DECIDING;
            Map<Integer, Verification> verified = deciding
                    ? signatures.presumeRest(n -> decidesForOthers(scan, n)) : signatures.settleAll();
            Authorship authors = new Authorship(scan, verified);
            authors.prefetch(candidates.stream().flatMap(v -> v.config().stream()).reduce((a, b) -> b).orElse(null));
            Judged judged;
            do {
                judged = judge(scan, verified, authors, decoded);
            } while (deciding && signatures.confirm(judged.ev().countedRecords));
            cache.save();
            Findings findings = judged.findings();
            PolicyTimeline timeline = judged.timeline();
            RecordEvaluator ev = judged.ev();
            Set<Integer> contested = judged.contested();
            if (!contested.isEmpty()) {
                findings.add(io.sanshen.diag.Finding.of("review.policy-fork", io.sanshen.diag.Severity.WARNING,
                        io.sanshen.diag.SourcePos.file(SiteConfig.FILE),
                        io.sanshen.diag.Text.of("两条分支上有并行的站点配置修改（同一版本上分别批准），先合并的一版不予生效："
                                        + contested.size() + " 处。",
                                "Two lines carry concurrent changes of the site config (each approved on the same base); "
                                        + "the one merged first does not take effect: " + contested.size() + "."),
                        io.sanshen.diag.Text.of("请管理员在主线上重新批准应当生效的 site-config.yml 版本。",
                                "Have the admins approve the site-config.yml that should apply again on main.")));
            }
            int records = (int) scan.nodes().stream().filter(CommitNode::mentionsRecord).count();
            PolicyVersion effective = timeline.effective();
            Optional<SiteConfig> policy = effective == null ? Optional.empty() : effective.config();
            PolicyVersion classify = effective != null ? effective : headVersion(scan, head, timeline);
            List<PathReview> paths = new StatusBuilder(scan, ev, authors, policy.orElse(null), classify,
                    effective == null ? null : effective.blob(), options.today(), findings).build(head);
            history.save();
            KeyAgeCheck.check(policy, options.today(), findings);
            CalendarCoverageCheck.check(policy, options.today(), paths, findings);
            ReviewReport report = new ReviewReport(head, paths, ev.ignored, findings.sorted(), policy,
                    Optional.ofNullable(effective).map(PolicyVersion::blob),
                    new ReviewReport.Stats(scan.nodes().size(), records, ev.counted, signatures.verified(),
                            signatures.fromCache()),
                    Optional.of(ev.log), ev.online.files());
            Optional<ReportCache.PolicyRef> policyRef = Optional.ofNullable(effective).map(v ->
                    new ReportCache.PolicyRef(v.blob(), v.index(), scan.nodes().get(v.index()).tree()));
            reports.ifPresent(c -> c.save(report, policyRef));
            return report;
        }
    }

    /**
     * Every decoding of site-config.yml a record could be judged under — each version with the key files of the tree
     * that brought it, of every record tree that names it, and of the mainline commits that hold it — so that the
     * signatures are verified once, in parallel, against every key that could count. Which one counts where is the
     * timeline's decision.
     */
    private static List<PolicyVersion> candidateVersions(HistoryScan scan, PolicyTimeline timeline) throws IOException {
        Set<ObjectId> blobs = new LinkedHashSet<>();
        for (Map.Entry<ObjectId, Integer> v : scan.policyVersions()) {
            timeline.decode(v.getKey(), v.getValue());
            blobs.add(v.getKey());
        }
        for (CommitNode n : scan.nodes()) {
            HistoryScan.ParsedRecord r = n.mentionsRecord() ? scan.record(n) : null;
            if (r != null && r.record().isPresent()) {
                for (ApprovalRecord.Item i : r.record().get().items()) {
                    if (i.path().equals(SiteConfig.FILE) && blobs.contains(i.blob())) {
                        timeline.decode(i.blob(), n.index());
                    }
                }
            }
        }
        return timeline.seen();
    }

    /** Without any policy in force, HEAD's own config (if valid) still tells which files are content. */
    private static PolicyVersion headVersion(HistoryScan scan, ObjectId head, PolicyTimeline timeline) throws IOException {
        CommitNode top = scan.node(head);
        ObjectId blob = scan.blobAt(top.tree(), SiteConfig.FILE);
        if (blob == null) {
            return null;
        }
        PolicyVersion v = timeline.decode(blob, top.index());
        return v.config().isPresent() ? v : null;
    }

    /** A cache committed to the repository could claim forged commits are good: never use a tracked one. */
    private boolean cacheTracked(ObjectId head) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, SignatureCache.DIR, repo.parseCommit(head).getTree())) {
            return tw != null;
        }
    }

    private static List<ReviewerKey> keysOf(List<PolicyVersion> versions) {
        Set<ReviewerKey> keys = new LinkedHashSet<>();
        for (PolicyVersion v : versions) {
            v.config().ifPresent(c -> c.review().reviewers().forEach(r -> r.keys().forEach(k -> keys.add(k.key()))));
        }
        return new ArrayList<>(keys);
    }

    private record Judged(Findings findings, PolicyTimeline timeline, RecordEvaluator ev, Set<Integer> contested) {
    }

    /**
     * Judges every record; then leaves out records made concurrently with a rotation of their key, and policy
     * versions a concurrent admin approval contests (a fork), and judges again until that settles.
     */
    private Judged judge(HistoryScan scan, Map<Integer, Verification> verified, Authorship authors,
            PolicyTimeline.Decoded decoded) throws IOException {
        Set<Integer> concurrent = Set.of();
        Set<Integer> contested = new HashSet<>();
        Set<Integer> union = new HashSet<>();
        for (int round = 1; ; round++) {
            Findings findings = new Findings();
            PolicyTimeline timeline = new PolicyTimeline(scan, options.trustRoot(), findings, decoded);
            RecordEvaluator ev = new RecordEvaluator(scan, verified, timeline, authors, options.today(), concurrent,
                    contested);
            ev.run();
            contested.addAll(RotationGuard.contestedAdmissions(scan, timeline.admissions(), ev.ignored, verified,
                    concurrent, options.today()));
            Set<Integer> next = RotationGuard.concurrentWithRotation(scan, timeline.admissions(), ev.log, options.today());
            next.addAll(contested);
            if (next.equals(concurrent) || concurrent == union) {
                return new Judged(findings, timeline, ev, contested);
            }
            union.addAll(next);
            // not settled after a few rounds: leave out every record any round found concurrent (fail closed)
            concurrent = round < MAX_ROUNDS ? next : union;
        }
    }

    /**
     * Commits whose verdict a build checks at once: every commit that changes files (its signer is an author of what
     * it brings, and an author's approval or rejection does not count), even one whose message names a record, and
     * admin approvals (which decide the policy every other record is judged under).
     */
    private static boolean decidesForOthers(HistoryScan scan, CommitNode node) {
        HistoryScan.ParsedRecord r = scan.record(node);
        return !node.empty() || r == null || r.record().map(rec -> rec.level().admin()).orElse(false);
    }
}
