package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import java.util.function.Function;

/**
 * Remembers one computed value per thread for the document that thread checks now, so that rules sharing one scan
 * (the six privacy ids, the four word lists) run it once per item. The engine checks an item with all rules on
 * one thread before the next, so one slot suffices; any other order only recomputes.
 */
final class DocMemo<T> {
    private record Slot<T>(ItemDocument doc, T value) {
    }

    private final ThreadLocal<Slot<T>> slot = new ThreadLocal<>();
    private final Function<ItemDocument, T> compute;

    DocMemo(Function<ItemDocument, T> compute) {
        this.compute = compute;
    }

    T get(ItemDocument doc) {
        Slot<T> s = slot.get();
        if (s == null || s.doc() != doc) {
            s = new Slot<>(doc, compute.apply(doc));
            slot.set(s);
        }
        return s.value();
    }
}
