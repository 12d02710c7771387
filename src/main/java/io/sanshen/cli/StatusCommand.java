package io.sanshen.cli;

import io.sanshen.approve.SignerIdentity;
import io.sanshen.diag.Json;
import io.sanshen.diag.Lang;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import io.sanshen.config.Reviewer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                Optional<Reviewer> me = whoAmI(repo, r, lang);
                if (me.isEmpty()) {
                    return ExitCodes.USAGE;
                }
                paths = paths.stream().filter(p -> p.nextReviewers().contains(me.get().name())).toList();
            }
            ScheduledDays scheduled = new ScheduledDays(repo, r, paths, fresh.day());
            if (format.equals("json")) {
                out.println(Json.compact(paths.stream().map(p -> {
                    Map<String, Object> o = new LinkedHashMap<>(ReviewSupport.json(p));
                    o.put("scheduled", scheduled.day(p.path()).map(Object::toString).orElse(null));
                    return o;
                }).toList()));
                return ExitCodes.OK;
            }
            FindingPrinter.print(r.findings(), lang, spec.commandLine().getErr());
            FindingPrinter.print(ReviewSupport.staleWarnings(repo, r, common.siteRoot(), fresh.day(), fresh.leadDays),
                    lang, spec.commandLine().getErr());
            if (mine && paths.isEmpty()) {
                out.println(lang == Lang.EN ? "Nothing to do." : "无待办。");
                return ExitCodes.OK;
            }
            StatusView view = new StatusView(lang, r.policy(), scheduled);
            if (mine) {
                view.printMine(out, paths);
            } else {
                // everyone's view also shows work-tree edits nobody can approve yet
                view.print(out, paths, WorkTreeChanges.of(repo, r.policy()));
            }
            return ExitCodes.OK;
        }
    }

    /** Says who "me" is and which key told; empty (after saying why) when no registered key is found. */
    private Optional<Reviewer> whoAmI(Repository repo, ReviewReport r, Lang lang) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SignerIdentity.Key> key = SignerIdentity.find(repo, this.key);
        if (key.isEmpty()) {
            err.println(lang == Lang.EN
                    ? "--mine: no signing key found. Give your key with --key FILE (its .pub beside it) or set git config user.signingkey."
                    : "--mine：找不到你的签名密钥。请用 --key 指定私钥文件（同目录下须有 .pub 公钥），或设置 git config user.signingkey。");
            return Optional.empty();
        }
        Optional<Reviewer> me = r.policy().flatMap(c -> c.review().reviewerByKey(key.get().fingerprint()));
        String from = key.get().publicKeyFile().toString();
        if (me.isEmpty()) {
            err.println(lang == Lang.EN
                    ? "--mine: the key " + key.get().fingerprint() + " (" + from + ") is not registered for any reviewer in site-config.yml."
                    : "--mine：密钥 " + key.get().fingerprint() + "（" + from + "）未登记为任何审核人，请联系管理员在 site-config.yml 中登记。");
            return Optional.empty();
        }
        String unit = ReviewWords.unit(me.get().unitId(), r.policy());
        // JSON output stays parseable: who "me" is then goes to standard error
        (format.equals("json") ? err : spec.commandLine().getOut()).println(lang == Lang.EN
                ? "Me: " + me.get().name() + " (" + unit + "), key " + key.get().fingerprint() + " from " + from
                : "我：" + me.get().name() + "（" + unit + "），密钥 " + key.get().fingerprint() + "（来自 " + from + "）");
        return me;
    }
}
