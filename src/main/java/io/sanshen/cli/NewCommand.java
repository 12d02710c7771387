package io.sanshen.cli;

import io.sanshen.config.Column;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.ItemScaffold;
import io.sanshen.diag.Lang;
import io.sanshen.diag.TimeZones;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen new <column> <title>}: scaffold an item with complete front matter. */
@Command(name = "new", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class NewCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "COLUMN", descriptionKey = "column")
    String column;

    @Parameters(index = "1", paramLabel = "TITLE", descriptionKey = "title")
    String title;

    @Option(names = "--slug", paramLabel = "NAME", descriptionKey = "slug")
    String slug;

    @Option(names = "--bundle", descriptionKey = "bundle")
    boolean bundle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        ConfigResult result = ConfigLoader.load(common.siteRoot());
        if (!result.ok()) {
            FindingPrinter.print(result.findings(), lang, spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
        SiteConfig config = result.config().orElseThrow();
        Optional<Column> col = config.column(column).or(() -> config.columns().stream()
                .filter(c -> c.path().equals(column) || c.title().equals(column)).findFirst());
        if (col.isEmpty()) {
            String known = String.join(", ", config.columns().stream().map(c -> c.id() + "（" + c.title() + "）").toList());
            spec.commandLine().getErr().println(lang == Lang.EN ? "Unknown column '" + column + "'. Known: " + known
                    : "没有栏目“" + column + "”。可用栏目：" + known);
            return ExitCodes.USAGE;
        }
        if (slug != null && !slug.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*")) {
            spec.commandLine().getErr().println(lang == Lang.EN ? "Invalid --slug: letters, digits, '-', '_' and '.' only."
                    : "--slug 无效：只能使用字母、数字、-、_ 和 .。");
            return ExitCodes.USAGE;
        }
        String path = new ItemScaffold(config, common.siteRoot())
                .create(col.get(), title, slug, bundle, TimeZones.todayInChina());
        spec.commandLine().getOut().println(lang == Lang.EN ? "Created " + path : "已创建 " + path);
        return ExitCodes.OK;
    }
}
