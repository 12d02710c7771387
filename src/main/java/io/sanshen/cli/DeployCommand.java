package io.sanshen.cli;

import io.sanshen.build.SiteManifest;
import io.sanshen.config.DeployTarget;
import io.sanshen.config.SiteConfig;
import io.sanshen.deploy.DeployGate;
import io.sanshen.deploy.Deployer;
import io.sanshen.deploy.NginxConfig;
import io.sanshen.deploy.SignedManifest;
import io.sanshen.deploy.Target;
import io.sanshen.deploy.Targets;
import io.sanshen.diag.Lang;
import io.sanshen.ledger.DeploymentRecord;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sanshen deploy}: put the checked, signed output online on the approved policy's targets and record each
 * deployment in the ledger; {@code --rollback} goes back one release; {@code --print-nginx} prints a server block.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class DeployCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrustRootOption trust;

    @Option(names = "--target", paramLabel = "NAME", descriptionKey = "deploy.target")
    List<String> targets = List.of();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "public", descriptionKey = "deploy.out")
    Path out;

    @Option(names = "--key", paramLabel = "FILE", defaultValue = "${env:" + DeploySupport.KEY_ENV + "}", descriptionKey = "deploy.key")
    Path key;

    @Option(names = "--rollback", descriptionKey = "deploy.rollback")
    boolean rollback;

    @Option(names = "--print-nginx", descriptionKey = "deploy.print-nginx")
    boolean printNginx;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        PrintWriter err = spec.commandLine().getErr();
        Path root = common.siteRoot();
        try (Repository repo = ReviewSupport.open(root)) {
            Optional<SiteConfig> policy = DeploySupport.approvedPolicy(repo, root, trust.orNull());
            if (policy.isEmpty()) {
                DeploySupport.noPolicy(lang, err);
                return ExitCodes.USAGE;
            }
            Optional<List<DeployTarget>> chosen = DeploySupport.targets(policy.get(), targets, lang, err);
            if (chosen.isEmpty()) {
                return ExitCodes.USAGE;
            }
            if (printNginx) {
                chosen.get().forEach(t -> spec.commandLine().getOut().print(NginxConfig.of(policy.get().site(), t)));
                return ExitCodes.OK;
            }
            if (key == null) {
                err.println(lang == Lang.EN ? "Give the deploy key with --key FILE or " + DeploySupport.KEY_ENV
                        + ": it logs into the servers and signs the ledger record."
                        : "请用 --key 文件 或环境变量 " + DeploySupport.KEY_ENV + " 指定部署私钥：它用于登录服务器并签署台账记录。");
                return ExitCodes.USAGE;
            }
            CommitSigner signer;
            try {
                signer = CommitSigner.withSshKey(key);
            } catch (SigningException e) {
                err.println(lang == Lang.EN ? e.problem().en() : e.problem().zh());
                return ExitCodes.USAGE;
            }
            Path output = (out.isAbsolute() ? out : root.resolve(out)).normalize();
            Optional<SiteManifest> manifest = Optional.empty();
            if (!rollback) {
                SignedManifest.Loaded gate = DeployGate.check(output, DeploySupport.keys(policy.get()));
                if (gate.manifest().isEmpty()) {
                    FindingPrinter.print(gate.problems(), lang, err);
                    return ExitCodes.FINDINGS;
                }
                manifest = gate.manifest();
            }
            int exit = ExitCodes.OK;
            for (DeployTarget t : chosen.get()) {
                exit = Math.max(exit, one(repo, t, output, manifest, policy.get().deploy().keep(), signer, lang));
            }
            return exit;
        }
    }

    private int one(Repository repo, DeployTarget t, Path output, Optional<SiteManifest> manifest, int keep,
            CommitSigner signer, Lang lang) throws IOException, SigningException {
        PrintWriter err = spec.commandLine().getErr();
        Deployer.Result result;
        String manifestSha;
        try (Target target = Targets.open(t, Optional.of(key))) {
            if (manifest.isPresent()) {
                result = Deployer.deploy(output, manifest.get(), target, keep);
                manifestSha = manifest.get().sha256();
            } else {
                Optional<Deployer.Result> back = Deployer.rollback(target);
                if (back.isEmpty()) {
                    err.println(lang == Lang.EN ? t.name() + ": no earlier release to go back to." : t.name() + "：没有可以回退到的上一个版本。");
                    return ExitCodes.FINDINGS;
                }
                result = back.get();
                manifestSha = Deployer.manifestSha256(target, result.release());
            }
        } catch (IOException e) {
            err.println(lang == Lang.EN ? t.name() + ": deployment failed, the live release is unchanged: " + e.getMessage()
                    : t.name() + "：部署失败，线上版本未改变：" + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        new DeploymentRecord(t.name(), result.release(), manifestSha, manifest.map(SiteManifest::commit).orElse(""),
                result.previous().orElse("")).append(repo, signer, new PersonIdent("Sanshen deploy", "deploy@sanshen.invalid"));
        spec.commandLine().getOut().println(lang == Lang.EN
                ? t.name() + ": " + (rollback ? "rolled back to " : "online: ") + result.release() + " (uploaded "
                + result.uploaded() + ", reused " + result.linked() + ", removed old releases " + result.pruned().size()
                + "); recorded in " + DeploymentRecord.REF
                : t.name() + "：" + (rollback ? "已回退到 " : "已上线 ") + result.release() + "（上传 " + result.uploaded()
                + " 个文件，复用 " + result.linked() + " 个，清理旧版本 " + result.pruned().size() + " 个）；已记入台账 "
                + DeploymentRecord.REF);
        return ExitCodes.OK;
    }
}
