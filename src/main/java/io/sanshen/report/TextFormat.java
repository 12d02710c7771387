package io.sanshen.report;

import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleInfo;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import java.io.IOException;
import java.util.List;

/**
 * For people at a terminal: {@code path:line:col: 阻断 [rule] message}, the offending line with a caret under the
 * span (Chinese characters count two terminal cells), the suggested fix, and a summary line with counts. Lists at
 * most {@link Findings#SHOWN} findings and says how many more there are; the counts cover all.
 */
public final class TextFormat implements FindingFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(CheckReport report, List<RuleInfo> rules, Lang lang, Appendable out) throws IOException {
        for (Finding f : report.findings().subList(0, Math.min(Findings.SHOWN, report.findings().size()))) {
            out.append(f.pos().toString()).append(": ").append(f.severity().label(lang)).append(" [")
                    .append(f.ruleId()).append("] ").append(f.message().in(lang)).append('\n');
            if (!f.excerpt().isEmpty() && f.pos().column() > 0) {
                out.append("    ").append(f.excerpt()).append('\n');
                out.append("    ").append(caret(f.excerpt(), f.pos().column(), f.endColumn())).append('\n');
            }
            String fix = f.fix().in(lang);
            if (!fix.isEmpty()) {
                out.append("    ").append(lang == Lang.EN ? "Fix: " : "修改建议：").append(fix).append('\n');
            }
        }
        int more = report.findings().size() - Findings.SHOWN;
        if (more > 0) {
            out.append(Findings.notShown(more).in(lang)).append(lang == Lang.EN
                    ? " Use --format json or --format sarif to see them all.\n" : "用 --format json 或 --format sarif 查看全部。\n");
        }
        out.append(summary(report, lang)).append('\n');
    }

    /** "^~~~" under 1-based columns [column, endColumn) of {@code line}, indented by display width. */
    static String caret(String line, int column, int endColumn) {
        StringBuilder sb = new StringBuilder();
        int start = Math.min(column - 1, line.length());
        for (int i = 0; i < start; i++) {
            char c = line.charAt(i);
            sb.append(c == '\t' ? "\t" : " ".repeat(width(c)));
        }
        int end = Math.min(Math.max(endColumn - 1, start + 1), Math.max(line.length(), start + 1));
        int cells = 0;
        for (int i = start; i < end; i++) {
            cells += i < line.length() ? width(line.charAt(i)) : 1;
        }
        return sb.append('^').append("~".repeat(Math.max(0, cells - 1))).toString();
    }

    /** Terminal cells of {@code c}: two for CJK and full-width forms, one otherwise. */
    static int width(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
    }

    static String summary(CheckReport report, Lang lang) {
        long b = report.counts().getOrDefault(Severity.BLOCKER, 0L);
        long w = report.counts().getOrDefault(Severity.WARNING, 0L);
        long i = report.counts().getOrDefault(Severity.INFO, 0L);
        return lang == Lang.EN
                ? "Checked " + report.itemsChecked() + " items: " + b + " blockers, " + w + " warnings, " + i + " info."
                : "共检查 " + report.itemsChecked() + " 条信息：阻断 " + b + " 个，警告 " + w + " 个，提示 " + i + " 个。";
    }
}
