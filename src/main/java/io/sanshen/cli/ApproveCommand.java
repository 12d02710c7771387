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

/**
 * {@code sanshen approve <item>… --level N [--waive "RULE reason"]}: records a signed approval of the items' exact
 * bytes at HEAD; refused while the content checks find a blocker in them.
 */
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

    @Option(names = "--waive", paramLabel = "RULE REASON", descriptionKey = "waive")
    List<String> waive = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ApprovalRecord.Level lvl = ReviewLevelOption.parse(spec, common.language(), level);
        List<ApprovalRecord.Waiver> waivers = waive.stream().map(w -> w.strip().split("\\s+", 2))
                .map(w -> new ApprovalRecord.Waiver(w[0], w.length > 1 ? w[1] : "")).toList();
        return RecordCommand.run(spec, common, items, ApprovalRecord.Action.APPROVE, lvl,
                opinion == null ? "同意" : opinion, checks, key, waivers);
    }
}
