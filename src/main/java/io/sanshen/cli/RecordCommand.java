package io.sanshen.cli;

import io.sanshen.approve.Decisions;
import io.sanshen.approve.KeyChoice;
import io.sanshen.diag.Lang;
import io.sanshen.review.ApprovalRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Model.CommandSpec;

/** Shared body of approve, reject and withdraw: hands the decision to {@link Decisions}, prints the outcome. */
final class RecordCommand {
    private RecordCommand() {
    }

    static int run(CommandSpec spec, CommonOptions common, List<String> items, ApprovalRecord.Action action,
            ApprovalRecord.Level level, String opinion, List<String> checks, Path key) throws Exception {
        return run(spec, common, items, action, level, opinion, checks, key, List.of());
    }

    static int run(CommandSpec spec, CommonOptions common, List<String> items, ApprovalRecord.Action action,
            ApprovalRecord.Level level, String opinion, List<String> checks, Path key,
            List<ApprovalRecord.Waiver> waivers) throws Exception {
        Lang lang = common.language();
        Path root = common.siteRoot();
        if (key != null && !Files.isRegularFile(key)) {
            throw new UserError(io.sanshen.diag.Text.of("找不到密钥文件：" + key + "（--key 应指向你的 SSH 或 OpenPGP 私钥文件）",
                    "key file not found: " + key + " (--key names your SSH or OpenPGP private key file)"));
        }
        try (Repository repo = ReviewSupport.open(root)) {
            // refuses a wrong --site and a shallow clone in the user's words before anything is signed
        }
        List<String> paths = items.stream().map(p -> relative(root, p)).toList();
        Decisions.Result r = Decisions.record(root, new Decisions.Request(paths, action, level,
                opinion == null ? "" : opinion, checks, waivers), keyChoice(key, lang), ReviewSupport.today());
        if (r.recorded()) {
            spec.commandLine().getOut().println((lang == Lang.EN ? "recorded " : "已记录 ") + r.commit().get().abbreviate(10).name());
            try (Repository repo = ReviewSupport.open(root)) {
                NextSteps.print(ReviewSupport.review(repo, root, null), paths, lang, spec.commandLine().getOut());
            }
            return ExitCodes.OK;
        }
        if (!r.blockers().isEmpty()) {
            FindingPrinter.print(r.blockers(), lang, spec.commandLine().getErr());
        }
        if (r.keyProblem()) {
            r.refusals().forEach(t -> spec.commandLine().getErr().println(t.in(lang)));
            return ExitCodes.USAGE;
        }
        r.refusals().forEach(t -> spec.commandLine().getErr().println((lang == Lang.EN ? "refused: " : "拒绝：") + t.in(lang)));
        return ExitCodes.FINDINGS;
    }

    /** The key; a passphrase-protected SSH key file is opened with a passphrase asked at the terminal. */
    private static KeyChoice keyChoice(Path key, Lang lang) {
        java.io.Console console = System.console();
        if (key == null || console == null || !io.sanshen.review.signature.CommitSigner.sshKeyNeedsPassphrase(key)) {
            return KeyChoice.of(key);
        }
        char[] passphrase = console.readPassword(lang == Lang.EN ? "Passphrase for %s: " : "%s 的口令：", key);
        return new KeyChoice(java.util.Optional.of(key), passphrase);
    }

    static String relative(Path root, String item) {
        Path p = Path.of(item);
        return (p.isAbsolute() ? root.relativize(p).toString() : item).replace('\\', '/');
    }
}
