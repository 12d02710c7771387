package io.sanshen.cli;

import io.sanshen.check.fix.MaskFixer;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Lang;
import io.sanshen.diag.TimeZones;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen mask [paths] [--dry-run]}: mask personal information in item files and print the diff. */
@Command(name = "mask", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class MaskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "mask.paths")
    List<String> paths = List.of();

    @Option(names = "--dry-run", descriptionKey = "mask.dry-run")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        Path root = common.siteRoot();
        ConfigResult config = ConfigLoader.load(root);
        if (config.config().isEmpty()) {
            FindingPrinter.print(config.findings(), lang, spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
        ContentLoader.Result content = new ContentLoader(config.config().get()).load(new WorkTreeSource(root));
        List<Item> items = content.content().items().stream().filter(this::selected).toList();
        MaskFixer fixer = MaskFixer.forSite(config.config().get().checks(), TimeZones.todayInChina());
        List<MaskFixer.FileFix> fixes = fixer.fixAll(root, items, dryRun);
        fixes.forEach(f -> spec.commandLine().getOut().print(f.diff()));
        int masked = fixes.stream().mapToInt(MaskFixer.FileFix::masked).sum();
        spec.commandLine().getOut().println(lang == Lang.EN
                ? (dryRun ? "Would mask " : "Masked ") + masked + " value(s) in " + fixes.size() + " file(s)."
                : (dryRun ? "预计脱敏 " : "已脱敏 ") + masked + " 处，涉及 " + fixes.size() + " 个文件。");
        return ExitCodes.OK;
    }

    /** Items under one of the given repository paths (files or folders), or all items when none are given. */
    private boolean selected(Item item) {
        return paths.isEmpty() || paths.stream().map(p -> p.replace('\\', '/').replaceAll("^\\./|/$", ""))
                .anyMatch(p -> item.path().equals(p) || item.path().startsWith(p + "/"));
    }
}
