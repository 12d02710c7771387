package io.sanshen.importer;

import io.sanshen.diag.Text;

/** A document or request {@code sanshen import} will not act on (a user's matter, shown without a stack trace). */
public final class ImportRefusal extends Exception {
    private final transient Text text;

    ImportRefusal(Text text) {
        super(text.en());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
