package io.sanshen.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The ledger's output formats; each writer is one small class. */
public enum LedgerFormat {
    CSV("csv"), XLSX("xlsx"), HTML("html");

    private final String extension;

    LedgerFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<LedgerFormat> parse(String s) {
        for (LedgerFormat f : values()) {
            if (f.extension.equals(s.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether the output is bytes that must not go to a terminal. */
    public boolean binary() {
        return this == XLSX;
    }

    public void write(Ledger ledger, OutputStream out) throws IOException {
        switch (this) {
            case CSV -> CsvLedgerWriter.write(ledger, out);
            case XLSX -> XlsxLedgerWriter.write(ledger, out);
            case HTML -> HtmlLedgerWriter.write(ledger, out);
        }
    }
}
