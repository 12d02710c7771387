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
        subcommands = KeysCommand.AllowedSignersCommand.class)
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
}
