package io.sanshen.ledger;

import io.sanshen.diag.Html;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A print-ready Chinese HTML page: the ledger table (A4 landscape) and, apart, the records that do not count. */
final class HtmlLedgerWriter {
    private static final String CSS = """
            @page { size: A4 landscape; margin: 12mm; }
            body { font-family: "SimSun", "Songti SC", serif; font-size: 10.5pt; color: #000; }
            h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm; }
            table { border-collapse: collapse; width: 100%; table-layout: auto; }
            th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; word-break: break-all; }
            th { background: #eee; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            .mono { font-family: "Courier New", monospace; font-size: 8pt; }
            """;

    private HtmlLedgerWriter() {
    }

    static void write(Ledger ledger, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>审核台账</title><style>").append(CSS).append("</style></head><body>\n<h1>审核台账</h1>\n");
        table(b, "ledger", LedgerColumns.HEADERS, ledger.entries().stream().map(LedgerColumns::values).toList());
        b.append("<h2>被忽略的审核记录（不计入审核）</h2>\n");
        if (ledger.ignored().isEmpty()) {
            b.append("<p>无。</p>\n");
        } else {
            table(b, "ignored", LedgerColumns.IGNORED_HEADERS, ledger.ignored().stream().map(LedgerColumns::values).toList());
        }
        b.append("</body></html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void table(StringBuilder b, String id, List<String> headers, List<List<String>> rows) {
        b.append("<table id=\"").append(id).append("\"><thead><tr>");
        headers.forEach(h -> b.append("<th>").append(Html.esc(h)).append("</th>"));
        b.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String v : row) {
                boolean mono = v.length() >= 40 && v.indexOf(' ') < 0;
                b.append(mono ? "<td class=\"mono\">" : "<td>").append(Html.esc(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
    }
}
