package io.sanshen.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole decoded {@code site-config.yml}; {@code review} holds the {@code review:} and {@code reviewers:} sections,
 * {@code deploy} the {@code deploy:} section (none configured when absent).
 */
public record SiteConfig(SiteInfo site, List<Unit> units, List<Column> columns, List<String> navigation,
                         Vocabularies vocabularies, ChecksConfig checks, ReviewPolicy review, DeployConfig deploy) {

    public static final String FILE = "site-config.yml";

    public SiteConfig {
        units = List.copyOf(units);
        columns = List.copyOf(columns);
        navigation = List.copyOf(navigation);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<Column> column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Column> children(String columnId) {
        return columns.stream().filter(c -> columnId.equals(c.parentId())).toList();
    }

    /** Columns by content path, longest first, so nested paths ({@code xxgk/rsxx}) win over their parents. */
    public Map<String, Column> columnsByPath() {
        Map<String, Column> byPath = new LinkedHashMap<>();
        columns.stream().sorted((a, b) -> Integer.compare(b.path().length(), a.path().length()))
                .forEach(c -> byPath.put(c.path(), c));
        return byPath;
    }
}
