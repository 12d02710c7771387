package io.sanshen.cli;

import io.sanshen.diag.Json;
import io.sanshen.diag.Lang;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen verify}: every record reachable from HEAD and every file at HEAD; exit 1 if anything lacks approvals. */
@Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    TrustRootOption trust;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format", defaultValue = "text")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        PrintWriter out = spec.commandLine().getOut();
        try (Repository repo = ReviewSupport.open(common.siteRoot())) {
            ReviewReport r = ReviewSupport.review(repo, common.siteRoot(), trust.orNull());
            List<PathReview> unapproved = r.unapproved(); // a scan of every path: once, not once per row
            if (format.equals("json")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("ok", r.ok());
                json.put("unapproved", unapproved.stream().map(ReviewSupport::json).toList());
                json.put("ignored", r.ignored().stream().map(x -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("commit", x.commit().name());
                    m.put("path", x.path());
                    m.put("reason", x.reason().name());
                    m.put("message", x.oneLine(lang));
                    return m;
                }).toList());
                out.println(Json.compact(json));
            } else {
                FindingPrinter.print(r.findings(), lang, spec.commandLine().getErr());
                r.ignored().forEach(x -> out.println((lang == Lang.EN ? "ignored " : "已忽略 ") + x.oneLine(lang)));
                for (PathReview p : unapproved) {
                    out.println(ReviewSupport.line(p, lang, r.policy()));
                }
                var s = r.stats();
                out.println(lang == Lang.EN
                        ? "%d commits, %d records, %d counted, %d ignored; %d signatures verified, %d from cache; %d files unapproved"
                                .formatted(s.commits(), s.records(), s.counted(), r.ignored().size(), s.verified(), s.fromCache(), unapproved.size())
                        : "%d 个提交，%d 条审核记录，有效 %d，忽略 %d；验签 %d，缓存 %d；未批准文件 %d 个"
                                .formatted(s.commits(), s.records(), s.counted(), r.ignored().size(), s.verified(), s.fromCache(), unapproved.size()));
            }
            return r.ok() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
