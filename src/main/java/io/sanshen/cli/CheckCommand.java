package io.sanshen.cli;

import io.sanshen.build.BuildCaches;
import io.sanshen.build.Waivers;
import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.check.RuleRegistry;
import io.sanshen.check.fix.MaskFixer;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.SiteSnapshot;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import io.sanshen.report.FindingFormat;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sanshen check [PATH…]}: run the content rules and report findings; exit 1 when any blocker is found. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "text|json|sarif|github", descriptionKey = "check.format", defaultValue = "text")
    String format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "check.output")
    Path output;

    @Option(names = "--external", descriptionKey = "check.external")
    boolean external;

    @Option(names = "--list-rules", descriptionKey = "check.list-rules")
    boolean listRules;

    @Option(names = "--fix", paramLabel = "mask", descriptionKey = "check.fix")
    String fix;

    @Mixin
    FreshnessOptions fresh;

    @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "check.paths")
    List<Path> paths = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        FindingFormat fmt = FindingFormat.named(format).orElse(null);
        if (fmt == null) {
            spec.commandLine().getErr().println(lang == Lang.EN ? "Unknown --format '" + format + "': use text, json, sarif or github."
                    : "--format“" + format + "”无效：可用 text、json、sarif、github。");
            return ExitCodes.USAGE;
        }
        Path root = common.siteRoot();
        ConfigResult config = ConfigLoader.load(root);
        if (!config.ok()) {
            FindingPrinter.print(config.findings(), lang, spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
        if (fix != null && !fix.equals("mask")) {
            spec.commandLine().getErr().println(lang == Lang.EN ? "Unknown --fix '" + fix + "': only 'mask' is supported."
                    : "--fix“" + fix + "”无效：目前只支持 mask（个人信息脱敏）。");
            return ExitCodes.USAGE;
        }
        PathFilter filter = PathFilter.of(root, paths);
        SiteConfig site = config.config().orElseThrow();
        // the caches a build keeps, and the same keys: a check and a build each reuse what the other found
        BuildCaches caches = BuildCaches.forRun();
        String inputs = BuildCaches.checkInputs(root, site);
        SiteSnapshot snapshot = new ContentLoader(site, caches.snapshots(root, inputs)).snapshot(new WorkTreeSource(root));
        if (fix != null) {
            // Mask first, show the diff, then check what the files say now.
            MaskFixer fixer = MaskFixer.forSite(site.checks(), fresh.day());
            List<Item> selected = snapshot.loaded().content().items().stream().filter(i -> filter.accepts(i.path())).toList();
            fixer.fixAll(root, selected, false).forEach(f -> spec.commandLine().getErr().print(f.diff()));
            snapshot = new ContentLoader(site, caches.snapshots(root, inputs)).snapshot(new WorkTreeSource(root));
        }
        caches.snapshotRead(root, inputs);
        ContentLoader.Result loaded = snapshot.loaded();
        RuleRegistry registry = RuleRegistry.standard();
        // items with a content error are checked too, so one run reports every finding of every item
        CheckContext ctx = new CheckContext(loaded.checkable(), root, fresh.day(), external);
        List<RuleInfo> rules = listRules || fmt.describesRules() ? registry.describe(ctx) : List.of();
        if (listRules) {
            rules.forEach(r -> spec.commandLine().getOut().println(r.id() + "\t" + r.description().in(lang)));
            return ExitCodes.OK;
        }
        List<Item> items = ctx.site().items().stream().filter(i -> filter.accepts(i.path())).toList();
        Map<String, String> blobs = snapshot.itemBlobs();
        CheckReport checked = new CheckEngine(registry).run(ctx, items,
                caches.findings(root).begin(inputs, fresh.day(), blobs::get));
        caches.checked(root, !paths.isEmpty());
        List<Finding> all = new ArrayList<>(withoutWaived(checked.findings(), root, ctx));
        loaded.findings().stream().filter(f -> filter.accepts(f.pos().path())).forEach(all::add);
        if (paths.isEmpty()) {
            // column freshness concerns the whole site, so only a whole-site check reports it
            all.addAll(ReviewSupport.staleWarnings(root, null, fresh.day(), fresh.leadDays));
        }
        CheckReport report = new CheckReport(all, checked.itemsChecked());
        if (output == null) {
            fmt.write(report, rules, lang, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                fmt.write(report, rules, lang, w);
            }
        }
        return report.hasBlockers() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * {@code findings} without the warnings a signed waiver covers. Only warnings can be waived, and the waivers
     * come from reviewing the Git history (JGit, the report cache: ~0.3 s of a one-file check), so a run with no
     * warning skips that.
     */
    private static List<Finding> withoutWaived(List<Finding> findings, Path root, CheckContext ctx)
            throws java.io.IOException {
        if (findings.stream().noneMatch(f -> f.severity() == Severity.WARNING)) {
            return findings;
        }
        return Waivers.forSite(root, ctx.today()).apply(findings);
    }
}
