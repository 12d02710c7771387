package io.sanshen.cli;

import io.sanshen.build.BuildFailure;
import io.sanshen.build.BuildCaches;
import io.sanshen.build.BuildOptions;
import io.sanshen.build.BuildReport;
import io.sanshen.build.Phase;
import io.sanshen.build.SiteBuild;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import io.sanshen.diag.TimeZones;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sanshen build}: render the approved view of HEAD into {@code public/}, replacing it atomically;
 * {@code --preview} renders the work tree with a watermark; {@code --no-review} is for local experiments only.
 */
@Command(name = "build", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrustRootOption trust;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
    Path out;

    @Option(names = "--preview", descriptionKey = "preview")
    boolean preview;

    @Option(names = "--no-review", descriptionKey = "no-review")
    boolean noReview;

    @Option(names = "--manifest-key", paramLabel = "KEY", descriptionKey = "manifest-key",
            defaultValue = "${env:SANSHEN_MANIFEST_KEY}")
    Path manifestKey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        Path root = common.siteRoot();
        Path outDir = out == null ? root.resolve("public") : out.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, outDir, preview, false, TimeZones.todayInChina(),
                noReview, trust.value()).withManifestKey(java.util.Optional.ofNullable(manifestKey));
        if (!noReview && ReviewSupport.isRepository(root)) {
            // what is approved comes from history: refuse a clone without it before building anything
            ReviewSupport.open(root).close();
        }
        try {
            BuildReport report = new SiteBuild(options, BuildCaches.forRun()).run();
            // a build shows what needs action; notes (info) stay with `sanshen check`, only counted here
            List<Finding> notes = report.findings().stream().filter(f -> f.severity() == Severity.INFO).toList();
            FindingPrinter.print(report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList(), lang,
                    spec.commandLine().getErr());
            if (!notes.isEmpty()) {
                spec.commandLine().getErr().println(lang == Lang.EN
                        ? notes.size() + " notes (info) not shown; run `sanshen check` to see them."
                        : "另有 " + notes.size() + " 条提示未显示，运行 sanshen check 查看。");
            }
            report.details(lang).forEach(spec.commandLine().getOut()::println);
            if (noReview) {
                spec.commandLine().getErr().println(lang == Lang.EN
                        ? "WARNING: built with --no-review: the output is not reviewed and must never be deployed."
                        : "警告：使用了 --no-review，输出未经审核，仅供本地试验，严禁上线。");
            }
            spec.commandLine().getOut().println(report.summary(lang));
            Path home = outDir.resolve("index.html");
            // an unreviewed build is never to be deployed (warned above), so only a reviewed one says how
            spec.commandLine().getOut().println(lang == Lang.EN
                    ? "The site is in " + outDir + "; open " + home.toUri() + " in a browser"
                    + (noReview || preview ? "." : ", and deploy the whole folder.")
                    : "网站已生成在 " + outDir + "，用浏览器打开 " + home.toUri() + " 查看"
                    + (noReview || preview ? "。" : "；上线时部署整个目录。"));
            return ExitCodes.OK;
        } catch (BuildFailure failure) {
            FindingPrinter.print(failure.findings(), lang, spec.commandLine().getErr());
            spec.commandLine().getErr().println(lang == Lang.EN
                    ? "Build failed in phase '" + failure.phase().label(lang) + "'; " + outDir + " was left unchanged."
                    : "构建失败（阶段：" + failure.phase().label(lang) + "），" + outDir + " 保持不变。");
            return failure.phase() == Phase.CONFIG || failure.phase() == Phase.OUTPUT ? ExitCodes.USAGE : ExitCodes.FINDINGS;
        }
    }
}
