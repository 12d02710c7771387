package io.sanshen.check;

import io.sanshen.check.RealTextSet.Label;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings on the real-text pages against the labels: a finding is right when it lies on a labelled line and its
 * span overlaps the labelled span (any rule: a real error found by another rule is still found); a label is found
 * when any finding is right about it. Per rule: TP and FP count its findings, FN its labels nobody found.
 */
final class LabelScore {
    /** Counts for one rule. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int labels;
        int found;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return labels == 0 ? 1 : (double) found / labels;
        }
    }

    final Map<String, Counts> byRule = new TreeMap<>();
    /** Findings on no labelled spot, for the report and the blocker check. */
    final List<Finding> unlabelled = new ArrayList<>();
    final List<Label> missed = new ArrayList<>();
    int warningTp;
    int warningFp;
    int labelsFound;
    int labelsTotal;

    LabelScore(List<Finding> bodyFindings, List<Label> labels) {
        Set<Label> found = new HashSet<>();
        for (Finding f : bodyFindings) {
            Counts c = byRule.computeIfAbsent(f.ruleId(), k -> new Counts());
            List<Label> hits = labels.stream().filter(l -> matches(f, l)).toList();
            found.addAll(hits);
            boolean right = !hits.isEmpty();
            if (right) {
                c.tp++;
            } else {
                c.fp++;
                unlabelled.add(f);
            }
            if (f.severity() == Severity.WARNING) {
                warningTp += right ? 1 : 0;
                warningFp += right ? 0 : 1;
            }
        }
        for (Label l : labels) {
            Counts c = byRule.computeIfAbsent(l.rule(), k -> new Counts());
            c.labels++;
            if (found.contains(l)) {
                c.found++;
            } else {
                c.fn++;
                missed.add(l);
            }
        }
        labelsFound = found.size();
        labelsTotal = labels.size();
    }

    static boolean matches(Finding f, Label l) {
        String page = RealTextSet.pageOf(f.pos().path());
        int line = f.pos().line() - RealTextSet.FRONT_MATTER_LINES;
        if (!l.file().equals(page) || line != l.line()) {
            return false;
        }
        int start = f.pos().column();
        int end = f.endColumn() > start ? f.endColumn() : start + 1;
        return start < l.endColumn() && l.column() < end;
    }

    double warningPrecision() {
        return warningTp + warningFp == 0 ? 1 : (double) warningTp / (warningTp + warningFp);
    }

    double recall() {
        return labelsTotal == 0 ? 1 : (double) labelsFound / labelsTotal;
    }

    List<Finding> falseBlockers() {
        return unlabelled.stream().filter(Finding::isBlocker).toList();
    }

    /** The per-rule table (Markdown, as bench/README.md shows it) and the totals. */
    String report() {
        StringBuilder b = new StringBuilder("| rule | TP | FP | FN | labels | precision | recall |\n|---|---|---|---|---|---|---|\n");
        byRule.forEach((rule, c) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s |%n", rule,
                c.tp, c.fp, c.fn, c.labels, c.tp + c.fp == 0 ? "–" : pct(c.precision()),
                c.labels == 0 ? "–" : pct(c.recall()))));
        b.append(String.format(Locale.ROOT, "%nlabels found %d / %d (recall %s); warnings right %d / %d (precision %s);"
                        + " blockers on unlabelled text %d%n", labelsFound, labelsTotal, pct(recall()), warningTp,
                warningTp + warningFp, pct(warningPrecision()), falseBlockers().size()));
        unlabelled.forEach(f -> b.append("  unlabelled: ").append(f.severity().id()).append(' ').append(f.ruleId())
                .append(' ').append(where(f)).append(' ').append(f.message().zh()).append('\n'));
        missed.forEach(l -> b.append("  missed: ").append(l.rule()).append(' ').append(l.file()).append(':')
                .append(l.line()).append(' ').append(l.span()).append(" → ").append(l.correct()).append('\n'));
        return b.toString();
    }

    private static String where(Finding f) {
        return RealTextSet.pageOf(f.pos().path()) + ":" + (f.pos().line() - RealTextSet.FRONT_MATTER_LINES) + ":"
                + f.pos().column();
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
