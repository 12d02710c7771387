package io.sanshen.cli;

import io.sanshen.build.SiteManifest;
import io.sanshen.config.DeployTarget;
import io.sanshen.config.SiteConfig;
import io.sanshen.deploy.Guard;
import io.sanshen.deploy.GuardWatch;
import io.sanshen.deploy.HttpGuard;
import io.sanshen.deploy.SignedManifest;
import io.sanshen.deploy.Target;
import io.sanshen.deploy.Targets;
import io.sanshen.diag.Lang;
import io.sanshen.review.signature.ReviewerKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sanshen guard}: 网页防篡改 — compare what is online (a web root folder, a deploy target, or the live site
 * over HTTP(S)) with the signed manifest; exit 1 on any difference; {@code --restore} puts the signed bytes back;
 * {@code --watch} keeps doing so on every change of a web root folder (run it as a systemd service).
 */
@Command(name = "guard", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class GuardCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrustRootOption trust;

    static final class Where {
        @Option(names = "--target", paramLabel = "NAME", descriptionKey = "guard.target")
        String target;

        @Option(names = "--dir", paramLabel = "WEBROOT", descriptionKey = "guard.dir")
        Path dir;

        @Option(names = "--url", paramLabel = "URL", descriptionKey = "guard.url")
        URI url;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Where where;

    @Option(names = "--manifest", paramLabel = "DIR", descriptionKey = "guard.manifest")
    Path manifestDir;

    @Option(names = "--trusted-key", paramLabel = "PUB", descriptionKey = "guard.trusted-key")
    List<Path> trustedKeys = List.of();

    @Option(names = "--restore", descriptionKey = "guard.restore")
    boolean restore;

    @Option(names = "--from", paramLabel = "DIR", descriptionKey = "guard.from")
    Path from;

    @Option(names = "--watch", descriptionKey = "guard.watch")
    boolean watch;

    @Option(names = "--key", paramLabel = "FILE", defaultValue = "${env:" + DeploySupport.KEY_ENV + "}", descriptionKey = "deploy.key")
    Path key;

    @Spec
    CommandSpec spec;

    /** The deploy keys a manifest must be signed with: --trusted-key files, else the approved policy's. */
    private List<ReviewerKey> keys;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SiteConfig> policy = Optional.empty();
        if (where == null) {
            where = new Where(); // every target of the policy
        }
        boolean allTargets = where.target == null && where.dir == null && where.url == null;
        if (trustedKeys.isEmpty() || where.dir == null && where.url == null) {
            try (Repository repo = ReviewSupport.open(common.siteRoot())) {
                policy = DeploySupport.approvedPolicy(repo, common.siteRoot(), trust.orNull());
            }
            if (policy.isEmpty()) {
                DeploySupport.noPolicy(lang, err);
                return ExitCodes.USAGE;
            }
        }
        keys = trustedKeys.isEmpty() ? DeploySupport.keys(policy.orElseThrow()) : DeploySupport.keysFromFiles(trustedKeys);
        if (where.url != null) {
            Path m = manifestDir != null ? manifestDir : common.siteRoot().resolve("public");
            Optional<SiteManifest> manifest = manifest(Targets.folder(m), ".", lang);
            if (manifest.isEmpty()) {
                return ExitCodes.FINDINGS;
            }
            return report(HttpGuard.compare(where.url, manifest.get()), where.url.toString(), lang);
        }
        if (where.dir != null) {
            try (Target web = Targets.folder(where.dir)) {
                return guard(web, ".", Optional.empty(), where.dir, lang);
            }
        }
        Optional<List<DeployTarget>> chosen = DeploySupport.targets(policy.get(),
                allTargets ? List.of() : List.of(where.target), lang, err);
        if (chosen.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (watch && chosen.get().size() > 1) {
            err.println(lang == Lang.EN ? "--watch watches one target: name it with --target." : "--watch 只能监视一个目标：请用 --target 指定。");
            return ExitCodes.USAGE;
        }
        int exit = ExitCodes.OK;
        for (DeployTarget t : chosen.get()) {
            try (Target target = Targets.open(t, Optional.ofNullable(key))) {
                Path local = t.remote() ? null : Path.of(t.path()).resolve(Targets.webRoot());
                exit = Math.max(exit, guard(target, Targets.webRoot(), Optional.of(target), local, lang));
            }
        }
        return exit;
    }

    private int guard(Target target, String webRoot, Optional<Target> deployRoot, Path localRoot, Lang lang)
            throws IOException, InterruptedException {
        List<Guard.Source> sources = Targets.restoreSources(Optional.ofNullable(from), deployRoot);
        if (!watch) {
            return check(target, webRoot, sources, lang);
        }
        if (localRoot == null) {
            spec.commandLine().getErr().println(lang == Lang.EN ? "--watch needs a folder on this machine (--dir or a local target)."
                    : "--watch 只能用于本机的目录（--dir 或本地部署目标）。");
            return ExitCodes.USAGE;
        }
        GuardWatch.watch(localRoot, () -> check(target, webRoot, sources, lang));
        return ExitCodes.OK; // not reached: watch runs until the service is stopped
    }

    /** One look: the manifest is read anew each time, so after a deployment the new release's signed one is used. */
    private int check(Target target, String webRoot, List<Guard.Source> sources, Lang lang) throws IOException {
        Optional<SiteManifest> manifest = manifestDir != null ? manifest(Targets.folder(manifestDir), ".", lang)
                : manifest(target, webRoot, lang);
        return manifest.isEmpty() ? ExitCodes.FINDINGS : once(target, webRoot, manifest.get(), sources, lang);
    }

    private int once(Target target, String webRoot, SiteManifest manifest, List<Guard.Source> sources, Lang lang)
            throws IOException {
        Guard.Report report = Guard.compare(target, webRoot, manifest);
        int exit = report(report, target.describe(), lang);
        if (restore && !report.clean()) {
            List<String> lost = Guard.restore(target, webRoot, manifest, report, sources);
            spec.commandLine().getOut().println(lang == Lang.EN
                    ? "restored the signed version; without a good copy: " + (lost.isEmpty() ? "none" : String.join(", ", lost))
                    : "已恢复签名版本；没有完好副本无法恢复的：" + (lost.isEmpty() ? "无" : String.join("、", lost)));
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return exit;
    }

    private Optional<SiteManifest> manifest(Target t, String dir, Lang lang) throws IOException {
        SignedManifest.Loaded loaded = SignedManifest.load(t, dir, keys);
        FindingPrinter.print(loaded.problems(), lang, spec.commandLine().getErr());
        return loaded.manifest();
    }

    private int report(Guard.Report report, String what, Lang lang) {
        if (report.clean()) {
            spec.commandLine().getOut().println(lang == Lang.EN ? what + " matches the signed manifest."
                    : what + " 与签名的网站清单一致。");
            return ExitCodes.OK;
        }
        FindingPrinter.print(report.findings(""), lang, spec.commandLine().getErr());
        return ExitCodes.FINDINGS;
    }
}
