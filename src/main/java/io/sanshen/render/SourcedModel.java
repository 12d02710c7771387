package io.sanshen.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A part of a page model that is fully decided by a short {@code source} (an item's path, address and blob id; a
 * fact of the config) together with the build's inputs, which {@link PageKeys} digests anyway. The page key takes the
 * source instead of every value, and the values are only made when a template reads them: a list page linked from
 * the last output never builds its cards (at 100,000 items building and digesting every card was most of an
 * unchanged build's rendering).
 */
final class SourcedModel extends AbstractMap<String, Object> {
    private final String source;
    private final Supplier<Map<String, Object>> make;
    private volatile Map<String, Object> made;

    private SourcedModel(String source, Supplier<Map<String, Object>> make) {
        this.source = source;
        this.make = make;
    }

    /** The values {@code make} gives, keyed by {@code source}; made at once when the source is not known (null). */
    static Map<String, Object> of(String source, Supplier<Map<String, Object>> make) {
        return source == null ? make.get() : new SourcedModel(source, make);
    }

    /** What decides the values, besides the build's inputs. */
    String source() {
        return source;
    }

    private Map<String, Object> made() {
        Map<String, Object> m = made;
        if (m == null) {
            synchronized (this) {
                if (made == null) {
                    made = Collections.unmodifiableMap(make.get());
                }
                m = made;
            }
        }
        return m;
    }

    @Override
    public Object get(Object key) {
        return made().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return made().containsKey(key);
    }

    @Override
    public int size() {
        return made().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return made().entrySet();
    }
}
