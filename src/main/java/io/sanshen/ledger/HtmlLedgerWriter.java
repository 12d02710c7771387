package io.sanshen.ledger;

import io.sanshen.diag.Html;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A print-ready Chinese HTML page: the ledger grouped by item (path and title once, as a heading row), A4
 * landscape with fixed column widths and page numbers; hashes and key fingerprints shortened to 12 characters with
 * the full value in a {@code title} attribute (the CSV and XLSX keep them whole); then the records that do not count.
 */
final class HtmlLedgerWriter {
    /** Shown length of commit and blob ids and key fingerprints: unique enough to find the full one. */
    static final int SHORT = 12;
    /** The printed columns, as indexes into {@link LedgerColumns#HEADERS}, with their widths in millimetres. */
    private static final List<Column> COLUMNS = List.of(new Column(0, 36), new Column(1, 16), new Column(2, 16),
            new Column(5, 16), new Column(6, 26), new Column(7, 22), new Column(11, 0), new Column(12, 22),
            new Column(8, 22), new Column(9, 22), new Column(10, 22));
    private static final List<Integer> HASHES = List.of(8, 9, 10);
    /** Short values kept on one line: time, action, level. */
    private static final List<Integer> ONE_LINE = List.of(0, 1, 2);
    private static final String CSS = """
            @page { size: A4 landscape; margin: 10mm 12mm 12mm;
              @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; } }
            body { font-family: "SimSun", "Songti SC", serif; font-size: 9pt; color: #000; margin: 0; }
            h1 { text-align: center; font-size: 16pt; margin: 0 0 3mm; }
            h2 { font-size: 12pt; margin: 5mm 0 2mm; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #000; padding: 0.6mm 1mm; vertical-align: top; overflow-wrap: anywhere; }
            thead th { background: #eee; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            tr.item th { text-align: left; background: #f6f6f6; font-weight: bold; }
            .nowrap { white-space: nowrap; }
            .mono { font-family: "Courier New", monospace; font-size: 8pt; white-space: nowrap; overflow: hidden; }
            """;

    private HtmlLedgerWriter() {
    }

    static void write(Ledger ledger, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<title>审核台账</title><style>").append(CSS).append("</style></head><body>\n<h1>审核台账</h1>\n");
        ledgerTable(b, ledger.entries());
        b.append("<h2>被忽略的审核记录（不计入审核）</h2>\n");
        if (ledger.ignored().isEmpty()) {
            b.append("<p>无。</p>\n");
        } else {
            b.append("<table id=\"ignored\"><colgroup><col style=\"width:24mm\"><col style=\"width:90mm\"><col style=\"width:60mm\"><col></colgroup><thead><tr>");
            LedgerColumns.IGNORED_HEADERS.forEach(h -> b.append("<th>").append(Html.esc(h)).append("</th>"));
            b.append("</tr></thead><tbody>\n");
            for (var i : ledger.ignored()) {
                List<String> v = LedgerColumns.values(i);
                b.append("<tr>");
                hash(b, v.get(0));
                v.subList(1, v.size()).forEach(x -> b.append("<td>").append(Html.esc(x)).append("</td>"));
                b.append("</tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        b.append("</body></html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One table, one {@code tbody} per item (by path): a heading row with path and title, then its rows in time order. */
    private static void ledgerTable(StringBuilder b, List<LedgerEntry> entries) {
        b.append("<table id=\"ledger\"><colgroup>");
        COLUMNS.forEach(c -> b.append(c.width() == 0 ? "<col>" : "<col style=\"width:" + c.width() + "mm\">"));
        b.append("</colgroup><thead><tr>");
        COLUMNS.forEach(c -> b.append("<th>").append(Html.esc(LedgerColumns.HEADERS.get(c.index()))).append("</th>"));
        b.append("</tr></thead>\n");
        Map<String, List<LedgerEntry>> byItem = new TreeMap<>();
        entries.forEach(e -> byItem.computeIfAbsent(e.path(), k -> new java.util.ArrayList<>()).add(e));
        byItem.forEach((path, rows) -> {
            String title = rows.get(rows.size() - 1).title();
            b.append("<tbody class=\"item\"><tr class=\"item\"><th colspan=\"").append(COLUMNS.size()).append("\" scope=\"rowgroup\">")
                    .append(Html.esc(path)).append(title.isEmpty() ? "" : "　" + Html.esc(title)).append("</th></tr>\n");
            for (LedgerEntry e : rows) {
                List<String> v = LedgerColumns.values(e);
                b.append("<tr class=\"entry\">");
                COLUMNS.stream().map(Column::index).forEach(i -> {
                    if (HASHES.contains(i)) {
                        hash(b, v.get(i));
                    } else {
                        b.append(ONE_LINE.contains(i) ? "<td class=\"nowrap\">" : "<td>").append(Html.esc(v.get(i))).append("</td>");
                    }
                });
                b.append("</tr>\n");
            }
            b.append("</tbody>\n");
        });
        if (entries.isEmpty()) {
            b.append("<tbody><tr><td colspan=\"").append(COLUMNS.size()).append("\">无。</td></tr></tbody>\n");
        }
        b.append("</table>\n");
    }

    /** A hash or fingerprint: its first {@link #SHORT} characters (after a {@code SHA256:} prefix), the whole in the title. */
    private static void hash(StringBuilder b, String full) {
        String bare = full.startsWith("SHA256:") ? full.substring(7) : full;
        String shown = bare.length() > SHORT ? bare.substring(0, SHORT) : bare;
        b.append("<td class=\"mono\" title=\"").append(Html.esc(full)).append("\">").append(Html.esc(shown)).append("</td>");
    }

    /** A printed column: its index in {@link LedgerColumns#HEADERS} and its width in millimetres (0: the rest). */
    private record Column(int index, int width) {
    }
}
