package io.sanshen.cli;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.KeySpec;
import io.sanshen.config.Reviewer;
import io.sanshen.diag.Lang;
import io.sanshen.review.signature.AllowedSigners;
import io.sanshen.review.signature.ReviewerKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen keys allowed-signers}: the policy's SSH keys in git's allowed-signers format. */
@Command(name = "keys", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages",
        subcommands = {KeysCommand.AllowedSignersCommand.class, KeysCommand.TrustRootCommand.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "allowed-signers", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
    static final class AllowedSignersCommand implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Lang lang = common.language();
            ConfigResult r = ConfigLoader.load(common.siteRoot());
            FindingPrinter.print(r.findings(), lang, spec.commandLine().getErr());
            if (r.config().isEmpty()) {
                return ExitCodes.USAGE;
            }
            Map<String, List<ReviewerKey>> keys = new LinkedHashMap<>();
            for (Reviewer rv : r.config().get().review().reviewers()) {
                // principals may not hold spaces; reviewer names rarely do, but replace them to stay readable
                keys.put(rv.name().replaceAll("[\\s\",#]", "_"), rv.keys().stream().map(KeySpec::key).toList());
            }
            spec.commandLine().getOut().print(AllowedSigners.write(keys));
            return ExitCodes.OK;
        }
    }

    /**
     * {@code sanshen keys trust-root}: the fingerprint to pin as the root of the policy chain — the key of the admin
     * who first approved a site-config.yml in this history (an admin approval signed with the trust-root key is what
     * starts the chain when {@code --trust-root} is given).
     */
    @Command(name = "trust-root", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
    static final class TrustRootCommand implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Lang lang = common.language();
            try (org.eclipse.jgit.lib.Repository repo = ReviewSupport.open(common.siteRoot())) {
                io.sanshen.review.ReviewReport r = ReviewSupport.reviewWithLog(repo, common.siteRoot(), null);
                java.util.Optional<io.sanshen.review.LogEvent> first = r.log().orElse(List.of()).stream()
                        .filter(e -> e.type() == io.sanshen.review.LogEvent.Type.RECORD
                                && e.path().equals(io.sanshen.config.SiteConfig.FILE) && e.approval().level().admin()
                                && e.approval().action() == io.sanshen.review.ApprovalRecord.Action.APPROVE)
                        .findFirst();
                if (first.isEmpty()) {
                    spec.commandLine().getErr().println(lang == Lang.EN
                            ? "No admin has approved site-config.yml yet: have an admin run 'sanshen approve site-config.yml --level admin', then run this again."
                            : "还没有管理员批准过 site-config.yml：请管理员先运行 sanshen approve site-config.yml --level admin，再运行本命令。");
                    return ExitCodes.FINDINGS;
                }
                io.sanshen.review.Approval a = first.get().approval();
                spec.commandLine().getOut().println(a.keyFingerprint());
                spec.commandLine().getErr().println(lang == Lang.EN
                        ? "Key of " + a.reviewer() + ", who first approved site-config.yml (commit " + a.commit().abbreviate(10).name()
                                + "). Check it with that admin in person, then set it as the CI variable " + TrustRootOption.ENV
                                + " (or pass --trust-root)."
                        : a.reviewer() + " 的密钥，其首次批准 site-config.yml（提交 " + a.commit().abbreviate(10).name()
                                + "）。请与该管理员当面核对后，设为 CI 变量 " + TrustRootOption.ENV + "（或用 --trust-root 传入）。");
                return ExitCodes.OK;
            }
        }
    }
}
