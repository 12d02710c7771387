package io.sanshen.cli;

import io.sanshen.diag.Json;
import io.sanshen.diag.Lang;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.signature.PublicKeys;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen status}: per file, the level reached, who approved, what is missing, who is next, the deadline. */
@Command(name = "status", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrustRootOption trust;

    @Option(names = "--mine", descriptionKey = "mine")
    boolean mine;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "key")
    Path key;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format", defaultValue = "text")
    String format;

    @Mixin
    FreshnessOptions fresh;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        PrintWriter out = spec.commandLine().getOut();
        try (Repository repo = ReviewSupport.open(common.siteRoot())) {
            ReviewEngine engine = ReviewSupport.engine(repo, common.siteRoot(), trust.orNull(), fresh.day());
            boolean text = !format.equals("json");
            // the text output warns about columns going stale, which needs the review log
            ReviewReport r = text ? engine.runWithLog() : engine.run();
            List<PathReview> paths = r.paths();
            if (mine) {
                String me = SignerIdentity.fingerprint(repo, key).flatMap(f -> r.policy()
                        .flatMap(c -> c.review().reviewerByKey(f))).map(x -> x.name()).orElse("");
                paths = paths.stream().filter(p -> p.nextReviewers().contains(me)).toList();
            }
            ScheduledDays scheduled = new ScheduledDays(repo, r, paths, fresh.day());
            if (format.equals("json")) {
                out.println(Json.compact(paths.stream().map(p -> {
                    Map<String, Object> o = new LinkedHashMap<>(ReviewSupport.json(p));
                    o.put("scheduled", scheduled.day(p.path()).map(Object::toString).orElse(null));
                    return o;
                }).toList()));
            } else {
                FindingPrinter.print(r.findings(), lang, spec.commandLine().getErr());
                FindingPrinter.print(ReviewSupport.staleWarnings(repo, r, common.siteRoot(), fresh.day(), fresh.leadDays),
                        lang, spec.commandLine().getErr());
                paths.forEach(p -> out.println(ReviewSupport.line(p, lang) + scheduled.day(p.path()).map(day -> lang == Lang.EN
                        ? " (scheduled until " + day + ")" : "（定时发布：" + day + " 起上线）").orElse("")));
            }
            return ExitCodes.OK;
        }
    }
}
