package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.Approver;
import io.sanshen.review.signature.CommitSigner;
import io.sanshen.review.signature.SigningException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Model.CommandSpec;

/** Shared body of approve, reject and withdraw: sign with --key or the git signing setup, print the outcome. */
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
            CommitSigner signer;
            try {
                signer = key == null ? CommitSigner.fromGitConfig(repo)
                        : Files.readString(key).contains("BEGIN PGP PRIVATE KEY")
                        ? CommitSigner.withOpenPgpKey(Files.readString(key), null) : CommitSigner.withSshKey(key);
            } catch (SigningException e) {
                spec.commandLine().getErr().println(lang == Lang.EN ? e.problem().en() : e.problem().zh());
                return ExitCodes.USAGE;
            }
            List<String> paths = items.stream().map(p -> relative(root, p)).toList();
            Approver.Outcome o = new Approver(repo, ReviewSupport.engine(repo, root, null)).record(
                    new Approver.Request(paths, action, level, opinion == null ? "" : opinion, checks,
                            SignerIdentity.fingerprint(repo, key), waivers), signer, new PersonIdent(repo));
            if (o.commit().isPresent()) {
                spec.commandLine().getOut().println((lang == Lang.EN ? "recorded " : "已记录 ") + o.commit().get().abbreviate(10).name());
                NextSteps.print(ReviewSupport.review(repo, root, null), paths, lang, spec.commandLine().getOut());
                return ExitCodes.OK;
            }
            o.refusals().forEach(t -> spec.commandLine().getErr().println((lang == Lang.EN ? "refused: " : "拒绝：") + t.in(lang)));
            return ExitCodes.FINDINGS;
        }
    }

    static String relative(Path root, String item) {
        Path p = Path.of(item);
        return (p.isAbsolute() ? root.relativize(p).toString() : item).replace('\\', '/');
    }
}
