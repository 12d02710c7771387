package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.HistoryScan.PathBlob;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy in force while walking history. Without a trust root the first valid site-config.yml that configures
 * review is trusted on first use (with a warning); with one, the first version counts once an admin approval signed by the trust-root
 * key names it. Every later version counts once the admins of the version in force approve it by their threshold,
 * and only if its {@code review.version} grows.
 */
final class PolicyTimeline {
    private final List<PolicyVersion> versions;
    private final Optional<String> trustRoot;
    private final Findings findings;
    private PolicyVersion effective;

    PolicyTimeline(List<PolicyVersion> versions, Optional<String> trustRoot, Findings findings) {
        this.versions = versions;
        this.trustRoot = trustRoot.map(PolicyTimeline::normalize);
        this.findings = findings;
    }

    PolicyVersion effective() {
        return effective;
    }

    /** Called for every commit in order: starts trust-on-first-use when there is no trust root. */
    void reach(int index) {
        if (effective != null || trustRoot.isPresent()) {
            return;
        }
        for (PolicyVersion v : versions) {
            // Versions from before the site adopted review (no review: section) govern nothing: the first version
            // that configures review is the one trusted, or a repository that adopts review later could never start.
            if (v.index() <= index && v.config().map(c -> c.review().configured()).orElse(false)) {
                effective = v;
                findings.add(io.sanshen.diag.Finding.of("review.trust-on-first-use", Severity.WARNING,
                        SourcePos.file(SiteConfig.FILE), Text.of("未指定信任根：首个站点配置版本 " + v.blob().abbreviate(10).name()
                                + " 按首次使用信任。", "No trust root given: the first site config version "
                                + v.blob().abbreviate(10).name() + " is trusted on first use."),
                        Text.of("在 CI 中用 --trust-root 指定管理员密钥指纹。", "Pass the admin key fingerprint with --trust-root in CI.")));
                return;
            }
        }
    }

    /** Before any policy is in force: the version an admin record signed by the trust-root key approves. */
    Optional<PolicyVersion> bootstrapFor(ApprovalRecord rec, String keyFingerprint) {
        if (effective != null || trustRoot.isEmpty() || !rec.level().admin()
                || !normalize(keyFingerprint).equals(trustRoot.get())) {
            return Optional.empty();
        }
        return rec.items().stream().filter(i -> i.path().equals(SiteConfig.FILE)).findFirst()
                .flatMap(i -> version(i.blob())).filter(v -> v.config().isPresent());
    }

    void admitted(PathBlob pb, BlobState s, CommitNode node, RecordEvaluator ev) {
        if (s.completedAt >= 0) {
            return;
        }
        if (!pb.path().equals(SiteConfig.FILE)) {
            if (effective != null && Completion.policyComplete(s, effective.config().orElseThrow().review())) {
                s.completedAt = node.index();
            }
            return;
        }
        Optional<PolicyVersion> candidate = version(pb.blob()).filter(v -> v.config().isPresent());
        if (effective == null) { // bootstrap by the trust root: one signature suffices
            candidate.ifPresent(v -> {
                effective = v;
                s.completedAt = node.index();
            });
            return;
        }
        if (!Completion.policyComplete(s, effective.config().orElseThrow().review())) {
            return;
        }
        if (candidate.isEmpty()) {
            ev.ignore(node, pb.path(), IgnoreReason.POLICY_NOT_APPROVED, Text.of("该版本配置无效", "that config version is invalid"));
            return;
        }
        if (!candidate.get().blob().equals(effective.blob()) && candidate.get().version() <= effective.version()) {
            ev.ignore(node, pb.path(), IgnoreReason.POLICY_ROLLBACK, Text.of("version " + candidate.get().version()
                    + " ≤ " + effective.version(), "version " + candidate.get().version() + " <= " + effective.version()));
            return;
        }
        effective = candidate.get();
        s.completedAt = node.index();
    }

    /** True when the key appears in some site-config.yml version of history but not in the one in force. */
    boolean registeredOnlyInUnapproved(String fingerprint) {
        return versions.stream().anyMatch(v -> v.config().map(c -> c.review().reviewerByKey(fingerprint).isPresent()).orElse(false));
    }

    private Optional<PolicyVersion> version(org.eclipse.jgit.lib.ObjectId blob) {
        return versions.stream().filter(v -> v.blob().equals(blob)).findFirst();
    }

    static String normalize(String fingerprint) {
        String f = fingerprint.strip();
        return f.startsWith("SHA256:") ? f : f.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
