package io.sanshen.review;

import io.sanshen.config.Column;
import io.sanshen.config.ReviewLevel;
import io.sanshen.config.ReviewPolicy;
import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Text;
import io.sanshen.diag.TimeZones;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import io.sanshen.review.HistoryScan.PathBlob;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Applies the policy to every record in merge order ({@link HistoryScan}): a record is judged under the policy in
 * force where it enters the first-parent history of HEAD (the trust root's bootstrap version before any), so a
 * change to the reviewer list counts only after the old list approved it and was merged, and a record signed on a
 * side branch with a key that was rotated out or revoked before its merge does not count, whatever its dates.
 * Once a later version of a path is fully approved, earlier versions start again from nothing (no rollback to a
 * superseded version), and a counted rejection takes back a version's completion.
 */
final class RecordEvaluator {
    static final ZoneId CHINA = TimeZones.CHINA;

    private final HistoryScan scan;
    private final Map<Integer, Verification> verified;
    private final PolicyTimeline policies;
    private final Authorship authors;
    private final LocalDate today;
    private final Set<Integer> concurrent;
    private final Set<Integer> contested;
    final Map<PathBlob, BlobState> states = new HashMap<>();
    private final Map<String, List<ObjectId>> versionsOf = new HashMap<>();
    final OnlineVersions online;
    final Map<String, Integer> withdrawnAt = new HashMap<>();
    final List<IgnoredRecord> ignored = new ArrayList<>();
    final List<LogEvent> log = new ArrayList<>();
    /** Commit indexes of the records that counted (for at least one item). */
    final Set<Integer> countedRecords = new java.util.HashSet<>();
    int counted;

    /**
     * @param concurrent records {@link RotationGuard} leaves out: made concurrently with a rotation of their key, or
     *                   admitting a policy version that a concurrent admin approval contests
     * @param contested  which of them are the latter (for the reason given)
     */
    RecordEvaluator(HistoryScan scan, Map<Integer, Verification> verified, PolicyTimeline policies, Authorship authors,
            LocalDate today, Set<Integer> concurrent, Set<Integer> contested) {
        this.scan = scan;
        this.verified = verified;
        this.policies = policies;
        this.authors = authors;
        this.today = today;
        this.concurrent = concurrent;
        this.contested = contested;
        this.online = new OnlineVersions(scan, authors, states, log);
    }

    /** Merge by merge: the policy is looked up once per merge and changes only after it. */
    void run() throws IOException {
        List<CommitNode> nodes = scan.nodes();
        for (int start = 0; start < nodes.size(); ) {
            int end = start;
            while (!scan.mainline(nodes.get(end))) {
                end++;
            }
            policies.reachMainline(nodes.get(end));
            PolicyVersion atMerge = policies.effective();
            LocalDate day = mergeDay(nodes.get(end));
            for (int i = start; i <= end; i++) {
                if (nodes.get(i).mentionsRecord()) {
                    record(nodes.get(i), atMerge, day);
                }
            }
            policies.endMerge();
            if (policies.effective() != null && policies.effective() != atMerge) {
                online.policyChanged(policies.effective(), nodes.get(end));
            }
            start = end + 1;
        }
    }

    /** The day a merge stands for: never before the mainline commits before it, never after the build's day. */
    private LocalDate mergeDay(CommitNode mainline) {
        LocalDate day = LocalDate.ofInstant(scan.mainlineTime(mainline.entry()), CHINA);
        return day.isAfter(today) ? today : day;
    }

    private void record(CommitNode node, PolicyVersion atMerge, LocalDate day) throws IOException {
        HistoryScan.ParsedRecord read = scan.record(node);
        List<Text> problems = read.problems();
        Optional<ApprovalRecord> parsed = read.record();
        if (!node.empty()) {
            long n = node.message().lines().filter(l -> ApprovalRecord.mentionsRecord(l)).count();
            ignore(node, "", n > 1 || parsed.isEmpty() ? IgnoreReason.SQUASHED : IgnoreReason.CHANGES_FILES, Text.of("", ""));
            return;
        }
        if (parsed.isEmpty()) {
            ignore(node, "", IgnoreReason.MALFORMED, problems.isEmpty()
                    ? Text.of("Sanshen-Review 不在末段尾注中", "Sanshen-Review is not in the trailer paragraph") : problems.get(0));
            return;
        }
        ApprovalRecord rec = parsed.get();
        Verification v = verified.get(node.index());
        if (v == null || !v.isGood()) {
            IgnoreReason reason = v == null ? IgnoreReason.UNSIGNED : switch (v.status()) {
                case UNSIGNED -> IgnoreReason.UNSIGNED;
                case UNKNOWN_KEY -> IgnoreReason.UNKNOWN_KEY;
                case MALFORMED -> IgnoreReason.MALFORMED;
                default -> IgnoreReason.BAD_SIGNATURE;
            };
            ignore(node, "", reason, v == null ? Text.of("", "") : Text.of(v.signerFingerprint(), v.signerFingerprint()));
            return;
        }
        Optional<PolicyVersion> bootstrap = atMerge == null ? policies.bootstrapFor(rec, v.keyFingerprint(), node)
                : Optional.empty();
        PolicyVersion policy = bootstrap.orElse(atMerge);
        if (policy == null) {
            ignore(node, "", IgnoreReason.POLICY_NOT_APPROVED, Text.of("此时尚无经批准的站点配置", "no approved site config at this point"));
            return;
        }
        SiteConfig config = policy.config().orElseThrow();
        ReviewPolicy rp = config.review();
        Optional<Reviewer> reviewer = rp.reviewerByKey(v.keyFingerprint());
        if (reviewer.isEmpty()) {
            boolean elsewhere = policies.registeredOnlyInUnapproved(v.keyFingerprint());
            ignore(node, "", elsewhere ? IgnoreReason.POLICY_NOT_APPROVED : IgnoreReason.UNKNOWN_KEY,
                    Text.of("密钥 " + v.keyFingerprint(), "key " + v.keyFingerprint()));
            return;
        }
        Reviewer who = reviewer.get();
        if (contested.contains(node.index())) {
            ignore(node, "", IgnoreReason.POLICY_NOT_APPROVED, Text.of(who.name() + "（另一条分支上并行批准了另一版策略，两版都须在主线上重新批准）",
                    who.name() + " (another line approved a concurrent policy version: approve the intended one again on main)"));
            return;
        }
        if (concurrent.contains(node.index())) {
            ignore(node, "", IgnoreReason.REVOKED_KEY, Text.of(who.name() + "（记录与轮换或吊销该密钥的策略并行，在其之前分叉）",
                    who.name() + " (made on a line forked before the policy that rotated out or revoked the key)"));
            return;
        }
        if (!who.validOn(day)) {
            ignore(node, "", IgnoreReason.REVOKED_KEY, Text.of(who.name() + "（" + day + "）", who.name() + " (" + day + ")"));
            return;
        }
        for (ApprovalRecord.Item item : rec.items()) {
            item(node, rec, item, policy, who, v.keyFingerprint());
        }
    }

    private void item(CommitNode node, ApprovalRecord rec, ApprovalRecord.Item item, PolicyVersion policy, Reviewer who,
            String key) throws IOException {
        String path = item.path();
        // a path absent from the record's tree is named with the zero id: approving (policy) its deletion
        ObjectId there = scan.blobAt(node.tree(), path);
        if (!item.blob().equals(there == null ? ObjectId.zeroId() : there)) {
            ignore(node, path, IgnoreReason.STALE_BLOB, Text.of(item.blob().abbreviate(10).name(), item.blob().abbreviate(10).name()));
            return;
        }
        SiteConfig config = policy.config().orElseThrow();
        PathKind kind = PathKind.of(path, policy.layout());
        if (path.equals(SiteConfig.FILE) && item.blob().equals(ObjectId.zeroId())) {
            ignore(node, path, IgnoreReason.NOT_COVERED, Text.of("站点配置不能删除", "the site config cannot be deleted"));
            return;
        }
        PathBlob pb = new PathBlob(path, item.blob());
        if (kind == PathKind.POLICY) {
            if (!rec.level().admin() || !config.review().isAdmin(who.name())) {
                ignore(node, path, IgnoreReason.NOT_ADMIN, Text.of(who.name(), who.name()));
                return;
            }
            Approval a = approval(node, rec, who, "", key);
            BlobState s = state(pb);
            count(node);
            log.add(new LogEvent(LogEvent.Type.RECORD, path, pb.blob(), a, config, false, scan.effectiveTime(node)));
            if (rec.action() == Action.REJECT) {
                reject(s, a);
            } else if (rec.action() == Action.WITHDRAW) {
                withdrawnAt.put(path, node.index());
            } else {
                s.admins.putIfAbsent(who.name(), a);
                boolean before = s.completedAt >= 0;
                policies.admitted(pb, s, node, this);
                if (!before && s.completedAt >= 0) {
                    log.add(new LogEvent(LogEvent.Type.APPROVED, path, pb.blob(), a, config, false, scan.effectiveTime(node)));
                    supersedeOthers(pb, s);
                }
            }
            return;
        }
        if (kind != PathKind.CONTENT || item.blob().equals(ObjectId.zeroId()) && rec.action() != Action.WITHDRAW) {
            ignore(node, path, IgnoreReason.NOT_COVERED, Text.of("", ""));
            return;
        }
        Column column = policy.layout().column(path).orElseThrow();
        String unit = column.unitId();
        ReviewPolicy rp = config.review();
        boolean important = authors.flags(path, item.blob(), node.tree(), policy).important();
        Optional<String> role = roleFor(rec, rp, important);
        if (role.isEmpty()) {
            ignore(node, path, rec.level().admin() ? IgnoreReason.WRONG_ROLE : IgnoreReason.UNKNOWN_LEVEL,
                    Text.of("级别 " + rec.level(), "level " + rec.level()));
            return;
        }
        boolean holds = rec.action() == Action.WITHDRAW && rec.level().number() == 0
                ? rp.levels().stream().anyMatch(l -> who.holds(l.role(), unit)) : who.holds(role.get(), unit);
        if (!holds) {
            boolean elsewhere = who.holdsAnywhere(role.get()) || rp.levels().stream().anyMatch(l -> who.holds(l.role(), unit));
            ignore(node, path, who.holdsAnywhere(role.get()) && elsewhere ? IgnoreReason.WRONG_UNIT : IgnoreReason.WRONG_ROLE,
                    Text.of(who.name() + " 不是 " + unit + " 的" + role.get(), who.name() + " is not " + role.get() + " of " + unit));
            return;
        }
        if (rec.action() != Action.WITHDRAW && authors.authorsOf(path, item.blob(), rp).contains(who.name())) {
            ignore(node, path, IgnoreReason.SELF_APPROVAL, Text.of(who.name(), who.name()));
            return;
        }
        int k = rec.level().number();
        if (rec.action() == Action.APPROVE && !rec.level().confidentiality()) {
            // checked before the version's state exists: a record that does not count leaves no trace at all
            BlobState seen = states.get(pb);
            if (seen != null && seen.usedBy(who.name(), k)) {
                ignore(node, path, IgnoreReason.SAME_PERSON, Text.of(who.name(), who.name()));
                return;
            }
            Integer prev = seen == null ? null : seen.levelCommit.get(k - 1);
            if (k > 1 && (prev == null || !scan.isAncestor(prev, node.index()))) {
                ignore(node, path, IgnoreReason.LEVEL_SKIPPED, Text.of("缺少第 " + (k - 1) + " 级", "level " + (k - 1) + " missing"));
                return;
            }
        }
        BlobState s = state(pb);
        Approval a = approval(node, rec, who, unit, key);
        if (rec.action() == Action.WITHDRAW) {
            withdrawnAt.put(path, node.index());
            online.takenDown(path);
        } else if (rec.action() == Action.REJECT) {
            reject(s, a);
            online.rejected(pb);
        } else if (rec.level().confidentiality()) {
            s.confidentiality.add(a);
        } else if (!s.levels.containsKey(k)) {
            s.levels.put(k, a);
            s.levelCommit.put(k, node.index());
        }
        count(node);
        log.add(new LogEvent(LogEvent.Type.RECORD, path, pb.blob(), a, config, important, scan.effectiveTime(node)));
        if (s.completedAt < 0 && Completion.complete(s, rp, important)) {
            s.completedAt = node.index();
            s.importantAtCompletion = important;
            supersedeOthers(pb, s);
            log.add(new LogEvent(LogEvent.Type.APPROVED, path, pb.blob(), a, config, important, scan.effectiveTime(node)));
            online.completed(path, node, a, policy);
        }
    }

    private void count(CommitNode node) {
        counted++;
        countedRecords.add(node.index());
    }

    private BlobState state(PathBlob pb) {
        return states.computeIfAbsent(pb, k -> {
            versionsOf.computeIfAbsent(pb.path(), p -> new ArrayList<>()).add(pb.blob());
            return new BlobState();
        });
    }

    /** A counted rejection vetoes the version, even one already fully approved: it goes offline. */
    private static void reject(BlobState s, Approval a) {
        if (s.reject == null) {
            s.reject = a;
        }
        s.completedAt = -1;
    }

    /**
     * A newly completed version makes every other version of the path start again from nothing: restoring the
     * bytes of a superseded version (a rollback) needs a new round of approvals.
     */
    private void supersedeOthers(PathBlob done, BlobState s) {
        if (s.completedAt < 0) {
            return;
        }
        for (ObjectId other : versionsOf.getOrDefault(done.path(), List.of())) {
            if (!other.equals(done.blob())) {
                states.put(new PathBlob(done.path(), other), new BlobState());
            }
        }
    }

    private static Optional<String> roleFor(ApprovalRecord rec, ReviewPolicy rp, boolean important) {
        Level l = rec.level();
        if (l.admin()) {
            return Optional.empty();
        }
        if (l.confidentiality()) {
            return rp.confidentiality().byRole() ? Optional.of(rp.confidentiality().role())
                    : rp.level(rp.confidentiality().level()).map(ReviewLevel::role);
        }
        if (rec.action() == Action.WITHDRAW && l.number() == 0) {
            return Optional.of("");
        }
        return rp.level(l.number()).filter(lv -> lv.appliesTo(important)).map(ReviewLevel::role);
    }

    private static Approval approval(CommitNode node, ApprovalRecord rec, Reviewer who, String unit, String key) {
        return new Approval(rec.level(), rec.action(), who.name(), unit, key, node.time(), node.id(), rec.checks(),
                rec.opinion(), rec.waivers().stream().map(ApprovalRecord.Waiver::rule).toList());
    }

    void ignore(CommitNode node, String path, IgnoreReason reason, Text detail) {
        ignored.add(new IgnoredRecord(node.id(), path, reason, detail));
    }
}
