package io.sanshen.cli;

import io.sanshen.build.DeployCheck;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen verify-output DIR}: exit 0 only for the output of a publishing build (the deploy gate). */
@Command(name = "verify-output", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class VerifyOutputCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "DIR", defaultValue = "public", descriptionKey = "verify-output.dir")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        Path target = dir.isAbsolute() ? dir : common.siteRoot().resolve(dir);
        List<Finding> problems = DeployCheck.problems(target.normalize());
        FindingPrinter.print(problems, lang, spec.commandLine().getErr());
        if (!problems.isEmpty()) {
            return ExitCodes.FINDINGS;
        }
        spec.commandLine().getOut().println(lang == Lang.EN ? target + " is the output of a publishing build."
                : target + " 是正式发布构建的输出。");
        return ExitCodes.OK;
    }
}
