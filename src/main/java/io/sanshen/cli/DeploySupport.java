package io.sanshen.cli;

import io.sanshen.config.DeployTarget;
import io.sanshen.config.KeySpec;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Lang;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.signature.PublicKeys;
import io.sanshen.review.signature.ReviewerKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/** What deploy and guard share: the approved policy's deploy section, the targets asked for, the trusted keys. */
final class DeploySupport {
    static final String KEY_ENV = "SANSHEN_DEPLOY_KEY";

    private DeploySupport() {
    }

    /**
     * The policy in force (last admin-approved site-config.yml): deploy keys and targets are policy, so an
     * unapproved edit of site-config.yml cannot add a key or a target.
     */
    static Optional<SiteConfig> approvedPolicy(Repository repo, Path root, String trustRoot) throws IOException {
        ReviewReport report = ReviewSupport.review(repo, root, trustRoot);
        return report.policy();
    }

    static List<ReviewerKey> keys(SiteConfig policy) {
        return policy.deploy().keys().stream().map(KeySpec::key).toList();
    }

    /** Public keys from {@code .pub} files (guard on a server without the repository). */
    static List<ReviewerKey> keysFromFiles(List<Path> files) throws IOException {
        List<ReviewerKey> keys = new ArrayList<>();
        for (Path f : files) {
            keys.add(PublicKeys.parseSsh(Files.readString(f).strip()));
        }
        return keys;
    }

    /** The targets named (all when none is), or empty after printing which names exist. */
    static Optional<List<DeployTarget>> targets(SiteConfig policy, List<String> names, Lang lang, PrintWriter err) {
        if (policy.deploy().targets().isEmpty()) {
            err.println(lang == Lang.EN ? "site-config.yml (approved version) has no deploy: targets."
                    : "site-config.yml（已批准的版本）中没有 deploy: targets 部署目标。");
            return Optional.empty();
        }
        if (names.isEmpty()) {
            return Optional.of(policy.deploy().targets());
        }
        List<DeployTarget> out = new ArrayList<>();
        for (String n : names) {
            Optional<DeployTarget> t = policy.deploy().target(n);
            if (t.isEmpty()) {
                err.println((lang == Lang.EN ? "No deploy target '" + n + "'; known: " : "没有部署目标“" + n + "”；已配置：")
                        + String.join(", ", policy.deploy().targets().stream().map(DeployTarget::name).toList()));
                return Optional.empty();
            }
            out.add(t.get());
        }
        return Optional.of(out);
    }

    static void noPolicy(Lang lang, PrintWriter err) {
        err.println(lang == Lang.EN ? "No admin-approved site-config.yml: deploy keys and targets are policy, so nothing is deployed."
                : "没有经管理员批准的 site-config.yml：部署密钥和目标属于策略，拒绝部署。");
    }
}
