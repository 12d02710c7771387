package io.sanshen.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input: which rule found it, how bad it is, where, what is wrong and how to fix it.
 * {@code endColumn} is exclusive and 0 when the span is unknown; {@code excerpt} is the offending text, if any.
 */
public record Finding(String ruleId, Severity severity, SourcePos pos, int endColumn, Text message, Text fix,
                      String excerpt) implements Comparable<Finding> {

    /** The one order of findings everywhere: by file, line, column, then rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pos)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.message().en());

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? Text.of("", "") : fix;
        excerpt = excerpt == null ? "" : excerpt;
    }

    public static Finding of(String ruleId, Severity severity, SourcePos pos, Text message, Text fix) {
        return new Finding(ruleId, severity, pos, 0, message, fix, "");
    }

    public Finding withPos(SourcePos newPos) {
        return new Finding(ruleId, severity, newPos, endColumn, message, fix, excerpt);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, pos, endColumn, message, fix, excerpt);
    }

    public boolean isBlocker() {
        return severity == Severity.BLOCKER;
    }

    /** "path:line:col: 阻断 [rule] message 修改建议：fix" in one line. */
    public String oneLine(Lang lang) {
        StringBuilder sb = new StringBuilder().append(pos).append(": ").append(severity.label(lang))
                .append(" [").append(ruleId).append("] ").append(message.in(lang));
        String fixText = fix.in(lang);
        if (!fixText.isEmpty()) {
            sb.append(lang == Lang.EN ? " Fix: " : " 修改建议：").append(fixText);
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
