package io.sanshen.cli;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings one per line, sorted, followed by a count. */
final class FindingPrinter {
    private FindingPrinter() {
    }

    static void print(List<Finding> findings, Lang lang, PrintWriter err) {
        findings.stream().sorted().forEach(f -> err.println(f.oneLine(lang)));
    }
}
