package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import io.sanshen.inspect.Inspection;
import io.sanshen.inspect.InspectionHtml;
import io.sanshen.inspect.InspectionJson;
import io.sanshen.inspect.InspectionXlsx;
import io.sanshen.inspect.Inspector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sanshen inspect}: the 网站检查 report from the approved history (HTML, JSON or XLSX); exit 1 when a
 * single-veto condition holds, so a scheduled job fails.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class InspectCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("html", "json", "xlsx");

    @Mixin
    CommonOptions common;

    @Mixin
    TrustRootOption trust;

    @Mixin
    FreshnessOptions fresh;

    @Option(names = "--format", paramLabel = "html|json|xlsx", descriptionKey = "inspect.format", defaultValue = "html")
    String format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "inspect.output")
    Path output;

    @Option(names = "--external", descriptionKey = "check.external")
    boolean external;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        if (!FORMATS.contains(format) || format.equals("xlsx") && output == null) {
            spec.commandLine().getErr().println(!FORMATS.contains(format)
                    ? Text.of("未知格式：" + format + "（可用 html、json、xlsx）", "unknown format: " + format + " (html, json, xlsx)").in(lang)
                    : Text.of("xlsx 格式须用 --output 指定文件", "xlsx needs --output FILE").in(lang));
            return ExitCodes.USAGE;
        }
        Path root = common.siteRoot();
        try (Repository repo = ReviewSupport.open(root)) {
            Inspector inspector = new Inspector(repo, new Inspector.Options(fresh.day(), fresh.leadDays, external, root));
            Optional<Inspection> found = inspector.run(ReviewSupport.engine(repo, root, trust.orNull(), fresh.day()).runWithLog());
            if (found.isEmpty()) {
                spec.commandLine().getErr().println(Text.of("没有经管理员审核通过的 site-config.yml，站点尚未发布任何内容，无从检查。",
                        "No admin-approved site-config.yml: nothing is published yet, so there is nothing to inspect.").in(lang));
                return ExitCodes.USAGE;
            }
            Inspection in = found.get();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            switch (format) {
                case "json" -> {
                    StringBuilder sb = new StringBuilder();
                    InspectionJson.write(in, lang, sb);
                    bytes.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
                }
                case "xlsx" -> InspectionXlsx.write(in, lang, bytes);
                default -> bytes.writeBytes(InspectionHtml.render(in, lang).getBytes(StandardCharsets.UTF_8));
            }
            if (output == null) {
                spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                Files.write(output, bytes.toByteArray());
            }
            in.vetoes().forEach(v -> spec.commandLine().getErr().println(Text.of("单项否决：", "single veto: ").in(lang)
                    + v.text().in(lang)));
            return in.vetoed() ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
    }
}
