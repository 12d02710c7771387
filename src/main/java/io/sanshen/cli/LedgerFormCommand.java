package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import io.sanshen.ledger.FormBuilder;
import io.sanshen.ledger.FormHtml;
import io.sanshen.ledger.FormType;
import io.sanshen.ledger.LedgerReader;
import io.sanshen.review.ReviewReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen ledger form <item> --type 发布审批表|保密审查表|失效审批表}: a print-ready HTML form. */
@Command(name = "form", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class LedgerFormCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1", paramLabel = "ITEM", descriptionKey = "ledger.form.item")
    String item;

    @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "ledger.form.type")
    String type;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "ledger.form.output")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = common.language();
        Optional<FormType> t = FormType.parse(type);
        if (t.isEmpty()) {
            spec.commandLine().getErr().println(Text.of("未知表格：" + type + "（可用 发布审批表、保密审查表、失效审批表）",
                    "unknown form: " + type + " (发布审批表|publication, 保密审查表|confidentiality, 失效审批表|withdrawal)").in(lang));
            return ExitCodes.USAGE;
        }
        String path = Normalizer.normalize(item.replace('\\', '/'), Normalizer.Form.NFC);
        try (Repository repo = ReviewSupport.open(common.siteRoot())) {
            ReviewReport report = ReviewSupport.reviewWithLog(repo, common.siteRoot(), null);
            String html;
            try {
                html = FormHtml.render(new FormBuilder(repo, report, new LedgerReader(repo, report).read()).build(path, t.get()));
            } catch (FormBuilder.FormException e) {
                spec.commandLine().getErr().println(e.problem().in(lang));
                return ExitCodes.USAGE;
            }
            if (output == null) {
                spec.commandLine().getOut().print(html);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(output, html, StandardCharsets.UTF_8);
            }
            return ExitCodes.OK;
        }
    }
}
