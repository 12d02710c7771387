package io.sanshen.check;

import java.util.function.Function;

/**
 * One value computed per document and kept on the {@link ItemDocument} itself, so that rules sharing one scan (the
 * six privacy ids, the four word lists) run it once per item. The memo object is the key: make one per run and
 * share it among the rules of that run; the values go away with the document, so nothing outlives the item.
 */
public final class DocMemo<T> {
    private final Function<ItemDocument, T> compute;

    public DocMemo(Function<ItemDocument, T> compute) {
        this.compute = compute;
    }

    public T get(ItemDocument doc) {
        return doc.remembered(this);
    }

    T compute(ItemDocument doc) {
        return compute.apply(doc);
    }
}
