package io.sanshen.ledger;

import io.sanshen.review.IgnoredRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 审核台账: counted records and publications in history order, and the records the review engine ignored.
 *
 * @param entries valid rows, oldest first
 * @param ignored records that do not count, with the engine's reason
 */
public record Ledger(List<LedgerEntry> entries, List<IgnoredRecord> ignored) {
    public Ledger {
        entries = List.copyOf(entries);
        ignored = List.copyOf(ignored);
    }

    /** Rows whose China-local date lies within [from, to]; an empty bound is open. Ignored records are kept. */
    public Ledger between(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new Ledger(entries.stream().filter(e -> {
            LocalDate d = e.localTime().toLocalDate();
            return from.map(f -> !d.isBefore(f)).orElse(true) && to.map(t -> !d.isAfter(t)).orElse(true);
        }).toList(), ignored);
    }

    /** The rows for one item path, oldest first. */
    public List<LedgerEntry> of(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).toList();
    }
}
