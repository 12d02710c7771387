package io.sanshen.inspect;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.config.Unit;
import io.sanshen.diag.Text;
import java.util.HashMap;
import java.util.Map;

/**
 * What the report calls the site's units and columns: their names as configured (English ones with {@code name-en} /
 * {@code title-en}), never their ids; an id the policy does not know (an item of a removed column) is shown as it is.
 */
public record Names(Map<String, Text> units, Map<String, Text> columns) {
    public Names {
        units = Map.copyOf(units);
        columns = Map.copyOf(columns);
    }

    static Names of(SiteConfig config) {
        Map<String, Text> units = new HashMap<>();
        for (Unit u : config.units()) {
            units.put(u.id(), Text.of(u.name(), u.nameEn()));
        }
        Map<String, Text> columns = new HashMap<>();
        for (Column c : config.columns()) {
            columns.put(c.id(), Text.of(c.title(), c.titleEn()));
        }
        return new Names(units, columns);
    }

    /** The unit's name; “—” for findings outside any unit's items. */
    public Text unit(String id) {
        return id.isEmpty() ? Text.of("—", "—") : units.getOrDefault(id, Text.of(id, id));
    }

    public Text column(String id) {
        return columns.getOrDefault(id, Text.of(id, id));
    }
}
