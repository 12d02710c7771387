package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Findings;
import io.sanshen.review.signature.CommitSignature;
import io.sanshen.review.signature.ReviewerKey;
import io.sanshen.review.signature.SignatureVerifier;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Computes, from the history reachable from HEAD, which approval records count and where every file at HEAD
 * stands. Phases: walk the history once; decode every site-config.yml version; verify all signatures in parallel
 * (only against keys those versions register; results cached by commit id); apply the policy in history order;
 * report per path. With a cache root, tree diffs and path lookups are kept too ({@link HistoryCache}), so a
 * second run reads commits but no trees.
 */
public final class ReviewEngine {
    /**
     * @param trustRoot fingerprint of the admin key that roots the policy chain (CI passes it); empty = trust on first use
     * @param cacheRoot site root whose {@code .sanshen-cache/} keeps verification results; empty = no cache
     * @param today     for deadlines and key age
     */
    public record Options(Optional<String> trustRoot, Optional<Path> cacheRoot, LocalDate today) {
    }

    private final Repository repo;
    private final Options options;

    public ReviewEngine(Repository repo, Options options) {
        this.repo = repo;
        this.options = options;
    }

    /** Reviews HEAD. */
    public ReviewReport run() throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return new ReviewReport(ObjectId.zeroId(), List.of(), List.of(), List.of(), Optional.empty(),
                    Optional.empty(), new ReviewReport.Stats(0, 0, 0, 0, 0));
        }
        return run(head);
    }

    public ReviewReport run(ObjectId head) throws IOException {
        boolean cacheable = options.cacheRoot().isPresent() && !cacheTracked(head);
        Optional<ReportCache> reports = cacheable ? Optional.of(ReportCache.at(options.cacheRoot().get(), head,
                options.trustRoot(), options.today())) : Optional.empty();
        Optional<ReviewReport> cached = reports.flatMap(c -> c.load(repo));
        if (cached.isPresent()) {
            return cached.get();
        }
        HistoryCache history = cacheable ? HistoryCache.open(options.cacheRoot().get()) : HistoryCache.none();
        try (HistoryScan scan = HistoryScan.of(repo, head, history)) {
            List<PolicyVersion> versions = new ArrayList<>();
            for (Map.Entry<ObjectId, Integer> v : scan.policyVersions()) {
                versions.add(PolicyVersion.read(repo, v.getKey(), v.getValue(), scan.nodes().get(v.getValue()).tree()));
            }
            SignatureCache cache = cacheable ? SignatureCache.open(options.cacheRoot().get()) : SignatureCache.none();
            int[] counts = new int[2];
            Map<Integer, Verification> verified = verifyAll(scan, keysOf(versions), cache, counts);
            cache.save();
            Findings findings = new Findings();
            PolicyTimeline timeline = new PolicyTimeline(versions, options.trustRoot(), findings);
            Authorship authors = new Authorship(scan, verified);
            RecordEvaluator ev = new RecordEvaluator(scan, verified, timeline, authors);
            ev.run();
            int records = (int) scan.nodes().stream().filter(CommitNode::mentionsRecord).count();
            PolicyVersion effective = timeline.effective();
            Optional<SiteConfig> policy = effective == null ? Optional.empty() : effective.config();
            SiteConfig classify = policy.orElseGet(() -> versions.isEmpty() ? null
                    : versions.get(versions.size() - 1).config().orElse(null));
            List<PathReview> paths = new StatusBuilder(scan, ev, authors, policy.orElse(null), classify,
                    effective == null ? null : effective.blob(), options.today(), findings).build(head);
            history.save();
            KeyAgeCheck.check(policy, options.today(), findings);
            CalendarCoverageCheck.check(policy, options.today(), paths, findings);
            ReviewReport report = new ReviewReport(head, paths, ev.ignored, findings.sorted(), policy,
                    Optional.ofNullable(effective).map(PolicyVersion::blob),
                    new ReviewReport.Stats(scan.nodes().size(), records, ev.counted, counts[0], counts[1]));
            Optional<ReportCache.PolicyRef> policyRef = Optional.ofNullable(effective).map(v ->
                    new ReportCache.PolicyRef(v.blob(), v.index(), scan.nodes().get(v.index()).tree()));
            reports.ifPresent(c -> c.save(report, policyRef));
            return report;
        }
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

    private static Map<Integer, Verification> verifyAll(HistoryScan scan, List<ReviewerKey> keys, SignatureCache cache,
            int[] counts) {
        SignatureVerifier verifier = SignatureVerifier.of(keys);
        Map<Integer, Verification> out = new ConcurrentHashMap<>();
        List<CommitNode> todo = new ArrayList<>();
        for (CommitNode n : scan.nodes()) {
            if (n.raw() == null) {
                continue;
            }
            Verification hit = cache.get(n.id().name());
            if (hit != null) {
                out.put(n.index(), hit);
                counts[1]++;
            } else {
                todo.add(n);
            }
        }
        todo.parallelStream().forEach(n -> {
            Verification v = verifier.verify(CommitSignature.of(n.raw()));
            out.put(n.index(), v);
            cache.put(n.id().name(), v);
        });
        counts[0] = todo.size();
        return new HashMap<>(out);
    }
}
