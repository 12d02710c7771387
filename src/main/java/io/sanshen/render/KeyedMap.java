package io.sanshen.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map for the templates that carries the digest of its values, made once when the map is made: an
 * item's card or 信息公开 row ({@link PageModels#card}, {@link PageModels#row}), which shows on its column's list,
 * the home page, its terms' pages and feeds, and the site's own values and labels, which every page holds. A page's
 * key ({@link PageKeys#model}) adds the digest instead of hashing the values again on every page. Read-only, so no
 * value can be added that the digest would not cover.
 */
final class KeyedMap extends AbstractMap<String, Object> {
    private final Map<String, Object> values;
    /** Null when a value is of a kind {@link PageKeys} cannot key (then no page showing the card is reused). */
    private final byte[] digest;

    KeyedMap(Map<String, Object> values) {
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
