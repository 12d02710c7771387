package io.sanshen.cli;

import io.sanshen.review.ApprovalRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sanshen approve <item>… --level N}: records a signed approval of the items' exact bytes at HEAD. */
@Command(name = "approve", mixinStandardHelpOptions = true, resourceBundle = "io.sanshen.cli.Messages")
final class ApproveCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "ITEM", descriptionKey = "items")
    List<String> items;

    @Option(names = "--level", required = true, paramLabel = "N", descriptionKey = "level")
    String level;

    @Option(names = "--opinion", paramLabel = "TEXT", descriptionKey = "opinion")
    String opinion;

    @Option(names = "--checks", split = ",", paramLabel = "CHECK", descriptionKey = "checks")
    List<String> checks = new ArrayList<>();

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "key")
    Path key;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return RecordCommand.run(spec, common, items, ApprovalRecord.Action.APPROVE, RecordCommand.level(level),
                opinion == null ? "同意" : opinion, checks, key);
    }
}
