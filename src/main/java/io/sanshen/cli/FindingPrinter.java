package io.sanshen.cli;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Lang;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings one per line, sorted: at most {@link Findings#SHOWN}, then how many more there are. */
final class FindingPrinter {
    private FindingPrinter() {
    }

    static void print(List<Finding> findings, Lang lang, PrintWriter err) {
        findings.stream().sorted().limit(Findings.SHOWN).forEach(f -> err.println(f.oneLine(lang)));
        if (findings.size() > Findings.SHOWN) {
            err.println(Findings.notShown(findings.size() - Findings.SHOWN).in(lang));
        }
    }
}
