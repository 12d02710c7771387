package io.sanshen.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * What a list, feed or 信息公开 table shows of one item ({@link PageModels#card}, {@link PageModels#row}): a
 * read-only map for the templates that carries the digest of its values, made once when the card is made. An item
 * shows on its column's list, the home page, its terms' pages and feeds; each page's key ({@link PageKeys#model})
 * adds the card's digest instead of hashing its values again. Read-only, so no value can be added that the digest
 * would not cover.
 */
final class ItemCard extends AbstractMap<String, Object> {
    private final Map<String, Object> values;
    /** Null when a value is of a kind {@link PageKeys} cannot key (then no page showing the card is reused). */
    private final byte[] digest;

    ItemCard(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
        this.digest = PageKeys.digestOf(this.values);
    }

    /** The digest of the card's values; null when they cannot be keyed. */
    byte[] digest() {
        return digest;
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }
}
