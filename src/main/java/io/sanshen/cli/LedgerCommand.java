package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import io.sanshen.ledger.Ledger;
import io.sanshen.ledger.LedgerFormat;
import io.sanshen.ledger.LedgerReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen ledger}: the 审核台账 from Git history as CSV, XLSX or HTML. */
@Command(name = "ledger", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages",
        subcommands = LedgerFormCommand.class)
final class LedgerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "ledger.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "ledger.to")
    LocalDate to;

    @Option(names = "--format", paramLabel = "csv|xlsx|html", descriptionKey = "ledger.format", defaultValue = "csv")
    String format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "ledger.output")
    Path output;

    @Mixin
    TrustRootOption trust;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        Optional<LedgerFormat> f = LedgerFormat.parse(format);
        if (f.isEmpty() || f.get().binary() && output == null) {
            spec.commandLine().getErr().println(f.isEmpty()
                    ? Text.of("未知格式：" + format + "（可用 csv、xlsx、html）", "unknown format: " + format + " (csv, xlsx, html)").in(lang)
                    : Text.of("xlsx 格式须用 --output 指定文件", "xlsx needs --output FILE").in(lang));
            return ExitCodes.USAGE;
        }
        try (Repository repo = ReviewSupport.open(common.siteRoot())) {
            Ledger ledger = new LedgerReader(repo, ReviewSupport.reviewWithLog(repo, common.siteRoot(), trust.orNull())).read()
                    .between(Optional.ofNullable(from), Optional.ofNullable(to));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            f.get().write(ledger, bytes);
            if (output == null) {
                spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                Files.write(output, bytes.toByteArray());
                spec.commandLine().getErr().println(Text.of("已写出 " + ledger.entries().size() + " 行到 " + output,
                        "wrote " + ledger.entries().size() + " rows to " + output).in(lang));
            }
            return ExitCodes.OK;
        }
    }
}
