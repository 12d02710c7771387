package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.review.ApprovalRecord;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --level} of approve and reject: 1..4, their Chinese names (一审/二审/三审/终审, 一/二/三/四),
 * confidentiality (保密), admin. Anything else is a usage error that lists them (exit 2), never a stack trace.
 */
final class ReviewLevelOption {
    private static final Map<String, ApprovalRecord.Level> NAMES = Map.ofEntries(
            Map.entry("1", ApprovalRecord.Level.of(1)), Map.entry("一", ApprovalRecord.Level.of(1)),
            Map.entry("一审", ApprovalRecord.Level.of(1)),
            Map.entry("2", ApprovalRecord.Level.of(2)), Map.entry("二", ApprovalRecord.Level.of(2)),
            Map.entry("二审", ApprovalRecord.Level.of(2)),
            Map.entry("3", ApprovalRecord.Level.of(3)), Map.entry("三", ApprovalRecord.Level.of(3)),
            Map.entry("三审", ApprovalRecord.Level.of(3)),
            Map.entry("4", ApprovalRecord.Level.of(4)), Map.entry("四", ApprovalRecord.Level.of(4)),
            Map.entry("终审", ApprovalRecord.Level.of(4)),
            Map.entry("confidentiality", ApprovalRecord.Level.CONFIDENTIALITY),
            Map.entry("保密", ApprovalRecord.Level.CONFIDENTIALITY),
            Map.entry("保密审查", ApprovalRecord.Level.CONFIDENTIALITY),
            Map.entry("admin", ApprovalRecord.Level.ADMIN));

    private ReviewLevelOption() {
    }

    /** The level a name (or a {@code waitingFor} value: 1, confidentiality, admin) stands for. */
    static java.util.Optional<ApprovalRecord.Level> named(String value) {
        return java.util.Optional.ofNullable(NAMES.get(value.strip().toLowerCase(Locale.ROOT)));
    }

    /** The level {@code value} names; a usage error listing the valid ones when it names none. */
    static ApprovalRecord.Level parse(CommandSpec spec, Lang lang, String value) {
        ApprovalRecord.Level level = named(value).orElse(null);
        if (level == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang == Lang.EN
                    ? "unknown review level '" + value + "' for --level; valid: 1, 2, 3, 4 (or 一审/二审/三审/终审, "
                    + "一/二/三/四), confidentiality (保密), admin"
                    : "--level 的审核级别“" + value + "”无效；可用：1、2、3、4（或 一审/二审/三审/终审、一/二/三/四）、"
                    + "confidentiality（保密）、admin");
        }
        return level;
    }
}
