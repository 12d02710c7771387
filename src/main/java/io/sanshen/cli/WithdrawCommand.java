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

/** {@code sanshen withdraw <item> --opinion TEXT}: a signed 失效 record; the next build leaves the item out. */
@Command(name = "withdraw", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class WithdrawCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1", paramLabel = "ITEM", descriptionKey = "items")
    String item;

    @Option(names = "--opinion", required = true, paramLabel = "TEXT", descriptionKey = "opinion")
    String opinion;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "key")
    Path key;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return RecordCommand.run(spec, common, List.of(item), ApprovalRecord.Action.WITHDRAW, ApprovalRecord.Level.of(0),
                opinion, List.of(), key);
    }
}
