package io.sanshen.importer;

import io.sanshen.diag.Text;
import java.util.List;

/**
 * What an import wrote: the item's repository path, the fields it filled (name and value), what it could not fill
 * or left out, and the masking it applied as a line diff of the body.
 */
public record ImportResult(String path, List<Filled> filled, List<Text> missing, String maskDiff, int masked) {
    /** One front-matter field (or layout element) and the value the document gave it. */
    public record Filled(Text field, String value) {}

    public ImportResult {
        filled = List.copyOf(filled);
        missing = List.copyOf(missing);
    }
}
