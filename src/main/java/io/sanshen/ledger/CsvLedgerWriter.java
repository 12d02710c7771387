package io.sanshen.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (without it Excel on Chinese Windows reads GBK and garbles every
 * name), CRLF line ends. Only valid rows: ignored records have their own listing in the HTML and XLSX formats.
 */
final class CsvLedgerWriter {
    private CsvLedgerWriter() {
    }

    static void write(Ledger ledger, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, LedgerColumns.HEADERS);
        for (LedgerEntry e : ledger.entries()) {
            line(w, LedgerColumns.values(e));
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** Quotes when needed; a leading formula character is neutralised so a spreadsheet never runs signer text. */
    static String cell(String v) {
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
