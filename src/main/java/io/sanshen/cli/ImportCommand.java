package io.sanshen.cli;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.diag.Lang;
import io.sanshen.diag.TimeZones;
import io.sanshen.importer.ImportRefusal;
import io.sanshen.importer.ImportResult;
import io.sanshen.importer.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sanshen import <file> [--column C] [--force]}: write an item from a document, then check it. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--column", paramLabel = "COLUMN", descriptionKey = "import.column")
    String column;

    @Option(names = "--force", descriptionKey = "import.force")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        PrintWriter out = spec.commandLine().getOut();
        ConfigResult config = ConfigLoader.load(common.siteRoot());
        if (!config.ok()) {
            FindingPrinter.print(config.findings(), lang, spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
        ImportResult result;
        try {
            result = new Importer(config.config().orElseThrow(), common.siteRoot(), TimeZones.todayInChina())
                    .importFile(file, Optional.ofNullable(column), force);
        } catch (ImportRefusal refusal) {
            spec.commandLine().getErr().println(refusal.text().in(lang));
            return ExitCodes.USAGE;
        }
        out.println((lang == Lang.EN ? "Imported " : "已导入 ") + result.path());
        out.println(lang == Lang.EN ? "Filled in:" : "已填写：");
        result.filled().forEach(f -> out.println("  " + f.field().in(lang) + (lang == Lang.EN ? ": " : "：") + f.value()));
        if (!result.missing().isEmpty()) {
            out.println(lang == Lang.EN ? "Not filled / left out:" : "未能填写或未导入：");
            result.missing().forEach(m -> out.println("  " + m.in(lang)));
        }
        if (result.masked() > 0) {
            out.println(lang == Lang.EN ? "Masked " + result.masked() + " value(s):" : "已脱敏 " + result.masked() + " 处：");
            out.print(result.maskDiff());
        }
        out.flush();
        // The new item goes through the same checks as `sanshen check <path>`.
        return SanshenCommand.sibling(spec.parent().commandLine(), "check")
                .execute("--site", common.siteRoot().toString(), "--lang", lang == Lang.EN ? "en" : "zh",
                        common.siteRoot().toAbsolutePath().resolve(result.path()).toString());
    }
}
