package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.HistoryScan.PathBlob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The policy in force along the first-parent history of HEAD. Records are judged under the policy in force where
 * they enter that history ({@link #effective()} is only changed between merges, by {@link #endMerge()}), so a
 * record made on a side branch under an old policy, whatever its dates, meets the policy of its merge.
 * <p>
 * Without a trust root the first site-config.yml on the first-parent history that configures review is trusted
 * on first use (with a warning); a config that only a side branch or an unrelated history brought in is never the
 * root. With a trust root the first version counts once an admin approval signed by the trust-root key names it.
 * Every later version counts once the admins of the version in force approve it by their threshold, only if its
 * {@code review.version} grows, and only if every counted admin approval was made over the same key files.
 */
final class PolicyTimeline {
    static final String ROOTS = "review.trust-root-required";
    private final HistoryScan scan;
    private final Optional<String> trustRoot;
    private final Findings findings;
    private final Decoded decoded;
    private PolicyVersion effective;
    private PolicyVersion pending;
    private int pendingAt = -1;
    private final List<Admission> admissions = new ArrayList<>();
    private final boolean singleRoot;

    /** A policy version and the commit whose record (or mainline tree, on first use) brought it into force. */
    record Admission(PolicyVersion version, int node) {
    }

    /** Every decoding of site-config.yml made in one review, shared by its timelines (each is decoded once). */
    static final class Decoded {
        private final Map<String, PolicyVersion> byBlobAndTree = new HashMap<>();
        private final List<PolicyVersion> all = new ArrayList<>();
    }

    PolicyTimeline(HistoryScan scan, Optional<String> trustRoot, Findings findings, Decoded decoded) {
        this.scan = scan;
        this.decoded = decoded;
        this.trustRoot = trustRoot.map(PolicyTimeline::normalize);
        this.findings = findings;
        this.singleRoot = scan.nodes().stream().filter(n -> n.parents().length == 0).count() <= 1;
    }

    /** Every version that came into force, in order. */
    List<Admission> admissions() {
        return admissions;
    }

    PolicyVersion effective() {
        return effective;
    }

    /** Every version decoded so far (a key they register is "known but not in force"). */
    List<PolicyVersion> seen() {
        return decoded.all;
    }

    /** {@code blob} decoded with the key files of the tree of commit {@code index}. */
    PolicyVersion decode(ObjectId blob, int index) throws IOException {
        String key = blob.name() + scan.nodes().get(index).tree().name();
        PolicyVersion v = decoded.byBlobAndTree.get(key);
        if (v == null) {
            v = PolicyVersion.read(scan.repo(), blob, index, scan.nodes().get(index).tree());
            decoded.byBlobAndTree.put(key, v);
            decoded.all.add(v);
        }
        return v;
    }

    /** Called with each mainline commit before the records it merges: starts trust on first use. */
    void reachMainline(CommitNode mainline) throws IOException {
        if (effective != null || trustRoot.isPresent()) {
            return;
        }
        if (!singleRoot) {
            // with several root commits (an unrelated history merged in) "first" is whatever the pusher makes first
            if (admissions.isEmpty() && findings.sorted().stream().noneMatch(f -> f.ruleId().equals(ROOTS))) {
                findings.add(Finding.of(ROOTS, Severity.BLOCKER, SourcePos.file(SiteConfig.FILE),
                        Text.of("历史中有多个根提交（合并过不相关的历史），无法按首次使用确定信任根，任何审核记录都不计。",
                                "The history has several root commits (an unrelated history was merged in), so no root of "
                                        + "trust can be taken on first use and no record counts."),
                        Text.of("用 --trust-root（或环境变量 SANSHEN_TRUST_ROOT）指定管理员密钥指纹。",
                                "Give the admin key fingerprint with --trust-root (or SANSHEN_TRUST_ROOT).")));
            }
            return;
        }
        ObjectId blob = scan.blobAt(mainline.tree(), SiteConfig.FILE);
        if (blob == null) {
            return;
        }
        PolicyVersion v = decode(blob, mainline.index());
        // Versions from before the site adopted review (no review: section) govern nothing: the first version
        // that configures review is the one trusted, or a repository that adopts review later could never start.
        if (v.config().map(c -> c.review().configured()).orElse(false)) {
            effective = v;
            admissions.add(new Admission(v, mainline.index()));
            findings.add(Finding.of("review.trust-on-first-use", Severity.WARNING, SourcePos.file(SiteConfig.FILE),
                    Text.of("未指定信任根：首个站点配置版本 " + v.blob().abbreviate(10).name() + " 按首次使用信任。",
                            "No trust root given: the first site config version " + v.blob().abbreviate(10).name()
                                    + " is trusted on first use."),
                    Text.of("发布构建和 CI 请用 --trust-root（或环境变量 SANSHEN_TRUST_ROOT）指定管理员密钥指纹；"
                                    + "指纹可用 sanshen keys trust-root 查看。",
                            "Give the admin key fingerprint with --trust-root (or SANSHEN_TRUST_ROOT) in publishing "
                                    + "builds and CI; sanshen keys trust-root prints it.")));
        }
    }

    /** The merge is over: a policy version its records admitted comes into force for the records after it. */
    void endMerge() {
        if (pending != null) {
            effective = pending;
            admissions.add(new Admission(pending, pendingAt));
            pending = null;
        }
    }

    /** Before any policy is in force: the version an admin record signed by the trust-root key names. */
    Optional<PolicyVersion> bootstrapFor(ApprovalRecord rec, String keyFingerprint, CommitNode node) throws IOException {
        if (effective != null || trustRoot.isEmpty() || !rec.level().admin()
                || !normalize(keyFingerprint).equals(trustRoot.get())) {
            return Optional.empty();
        }
        Optional<ApprovalRecord.Item> item = rec.items().stream().filter(i -> i.path().equals(SiteConfig.FILE)).findFirst();
        if (item.isEmpty() || !item.get().blob().equals(scan.blobAt(node.tree(), SiteConfig.FILE))) {
            return Optional.empty();
        }
        PolicyVersion v = pending != null && pending.blob().equals(item.get().blob()) ? pending
                : decode(item.get().blob(), node.index());
        return v.config().isPresent() ? Optional.of(v) : Optional.empty();
    }

    /** A counted admin approval of a policy file: completes it when the threshold of the policy in force is met. */
    void admitted(PathBlob pb, BlobState s, CommitNode node, RecordEvaluator ev) throws IOException {
        if (s.completedAt >= 0) {
            return;
        }
        if (!pb.path().equals(SiteConfig.FILE)) {
            if (effective != null && Completion.policyComplete(s, effective.config().orElseThrow().review())) {
                s.completedAt = node.index();
            }
            return;
        }
        PolicyVersion candidate = decode(pb.blob(), node.index());
        if (effective == null) { // bootstrap by the trust root: one signature suffices
            if (candidate.config().isPresent()) {
                pending = candidate;
                pendingAt = node.index();
                s.completedAt = node.index();
            }
            return;
        }
        if (!Completion.policyComplete(s, effective.config().orElseThrow().review())) {
            return;
        }
        if (candidate.config().isEmpty()) {
            ev.ignore(node, pb.path(), IgnoreReason.POLICY_NOT_APPROVED, Text.of("该版本配置无效", "that config version is invalid"));
            return;
        }
        for (Approval a : s.admins.values()) {
            if (!candidate.sameKeyFiles(scan, scan.node(a.commit()).tree())) {
                ev.ignore(node, pb.path(), IgnoreReason.POLICY_NOT_APPROVED, Text.of(
                        "各管理员批准时所见的密钥文件不同", "the admins approved it over different key files"));
                return;
            }
        }
        PolicyVersion current = pending != null ? pending : effective;
        if (!candidate.blob().equals(current.blob()) && candidate.version() <= current.version()) {
            ev.ignore(node, pb.path(), IgnoreReason.POLICY_ROLLBACK, Text.of("version " + candidate.version()
                    + " ≤ " + current.version(), "version " + candidate.version() + " <= " + current.version()));
            return;
        }
        pending = candidate;
        pendingAt = node.index();
        s.completedAt = node.index();
    }

    /** True when the key appears in some decoded site-config.yml version but not in the one in force. */
    boolean registeredOnlyInUnapproved(String fingerprint) {
        return decoded.all.stream().anyMatch(v -> v.config().map(c -> c.review().reviewerByKey(fingerprint).isPresent()).orElse(false));
    }

    static String normalize(String fingerprint) {
        String f = fingerprint.strip();
        return f.startsWith("SHA256:") ? f : f.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
