package io.sanshen.cli;

import io.sanshen.review.ApprovalRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen reject <item>… --level N --opinion TEXT}: a signed veto of the items' current bytes. */
@Command(name = "reject", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class RejectCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "ITEM", descriptionKey = "items")
    List<String> items;

    @Option(names = "--level", required = true, paramLabel = "N", descriptionKey = "level")
    String level;

    @Option(names = "--opinion", required = true, paramLabel = "TEXT", descriptionKey = "opinion")
    String opinion;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "key")
    Path key;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return RecordCommand.run(spec, common, items, ApprovalRecord.Action.REJECT, ReviewLevelOption.parse(spec, common.language(), level), opinion,
                List.of(), key);
    }
}
