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

/**
 * Applies the policy to every record in topological order. The policy in force at a record is the last
 * site-config.yml version that admins approved before it (or the trust root's bootstrap version), so a change
 * to the reviewer list counts only after the old list approved it.
 */
final class RecordEvaluator {
    static final ZoneId CHINA = TimeZones.CHINA;

    private final HistoryScan scan;
    private final Map<Integer, Verification> verified;
    private final PolicyTimeline policies;
    private final Authorship authors;
    final Map<PathBlob, BlobState> states = new HashMap<>();
    final Map<String, Integer> withdrawnAt = new HashMap<>();
    final List<IgnoredRecord> ignored = new ArrayList<>();
    int counted;

    RecordEvaluator(HistoryScan scan, Map<Integer, Verification> verified, PolicyTimeline policies, Authorship authors) {
        this.scan = scan;
        this.verified = verified;
        this.policies = policies;
        this.authors = authors;
    }

    void run() throws IOException {
        for (CommitNode node : scan.nodes()) {
            policies.reach(node.index());
            if (node.mentionsRecord()) {
                record(node);
            }
        }
    }

    private void record(CommitNode node) throws IOException {
        HistoryScan.ParsedRecord read = scan.record(node);
        List<Text> problems = read.problems();
        Optional<ApprovalRecord> parsed = read.record();
        if (!node.empty()) {
            long n = node.message().lines().filter(l -> l.startsWith(ApprovalRecord.REVIEW + ":")).count();
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
        Optional<PolicyVersion> bootstrap = policies.bootstrapFor(rec, v.keyFingerprint());
        PolicyVersion policy = bootstrap.orElse(policies.effective());
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
        LocalDate day = LocalDate.ofInstant(node.time(), CHINA);
        if (!who.validOn(day)) {
            ignore(node, "", IgnoreReason.REVOKED_KEY, Text.of(who.name() + "（" + day + "）", who.name() + " (" + day + ")"));
            return;
        }
        for (ApprovalRecord.Item item : rec.items()) {
            item(node, rec, item, config, who, v.keyFingerprint());
        }
    }

    private void item(CommitNode node, ApprovalRecord rec, ApprovalRecord.Item item, SiteConfig config, Reviewer who,
            String key) throws IOException {
        String path = item.path();
        if (!item.blob().equals(scan.blobAt(node.tree(), path))) {
            ignore(node, path, IgnoreReason.STALE_BLOB, Text.of(item.blob().abbreviate(10).name(), item.blob().abbreviate(10).name()));
            return;
        }
        PathKind kind = PathKind.of(path, config);
        PathBlob pb = new PathBlob(path, item.blob());
        if (kind == PathKind.POLICY) {
            if (!rec.level().admin() || !config.review().isAdmin(who.name())) {
                ignore(node, path, IgnoreReason.NOT_ADMIN, Text.of(who.name(), who.name()));
                return;
            }
            Approval a = approval(node, rec, who, "", key);
            BlobState s = states.computeIfAbsent(pb, k -> new BlobState());
            if (rec.action() == Action.REJECT) {
                s.reject = a;
            } else if (rec.action() == Action.WITHDRAW) {
                withdrawnAt.put(path, node.index());
            } else {
                s.admins.putIfAbsent(who.name(), a);
                policies.admitted(pb, s, node, this);
            }
            counted++;
            return;
        }
        if (kind != PathKind.CONTENT) {
            ignore(node, path, IgnoreReason.NOT_COVERED, Text.of("", ""));
            return;
        }
        Column column = PathKind.column(path, config).orElseThrow();
        String unit = column.unitId();
        ReviewPolicy rp = config.review();
        boolean important = authors.flags(path, item.blob(), node.tree()).important();
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
        BlobState s = states.computeIfAbsent(pb, k -> new BlobState());
        Approval a = approval(node, rec, who, unit, key);
        if (rec.action() == Action.WITHDRAW) {
            withdrawnAt.put(path, node.index());
        } else if (rec.action() == Action.REJECT) {
            if (s.reject == null) {
                s.reject = a;
            }
        } else if (rec.level().confidentiality()) {
            s.confidentiality.add(a);
        } else {
            int k = rec.level().number();
            if (s.usedBy(who.name(), k)) {
                ignore(node, path, IgnoreReason.SAME_PERSON, Text.of(who.name(), who.name()));
                return;
            }
            Integer prev = s.levelCommit.get(k - 1);
            if (k > 1 && (prev == null || !scan.isAncestor(prev, node.index()))) {
                ignore(node, path, IgnoreReason.LEVEL_SKIPPED, Text.of("缺少第 " + (k - 1) + " 级", "level " + (k - 1) + " missing"));
                return;
            }
            if (!s.levels.containsKey(k)) {
                s.levels.put(k, a);
                s.levelCommit.put(k, node.index());
            }
        }
        counted++;
        if (s.completedAt < 0 && Completion.complete(s, rp, important)) {
            s.completedAt = node.index();
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
                rec.opinion());
    }

    void ignore(CommitNode node, String path, IgnoreReason reason, Text detail) {
        ignored.add(new IgnoredRecord(node.id(), path, reason, detail));
    }
}
