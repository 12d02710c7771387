package io.sanshen.importer;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.config.Unit;
import io.sanshen.config.Vocabularies;
import java.util.List;
import java.util.Optional;

/**
 * The column an imported document belongs in when the editor names none: by genre (公文 → a policy column, 公示 →
 * a disclosure or personnel column, anything else → news), preferring a column of the unit that signed it.
 */
final class ColumnChoice {
    private ColumnChoice() {}

    static Optional<Column> named(SiteConfig config, String name) {
        return config.column(name).or(() -> config.columns().stream()
                .filter(c -> c.path().equals(name) || c.title().equals(name)).findFirst());
    }

    static Optional<Column> suggest(SiteConfig config, Optional<String> genre, String signer) {
        List<String> kinds = genre.map(ColumnChoice::kindsFor).orElse(List.of("news"));
        Optional<String> unitId = config.units().stream().filter(u -> !signer.isEmpty() && signer.contains(u.name()))
                .map(Unit::id).findFirst();
        for (String kind : kinds) {
            Optional<Column> own = config.columns().stream()
                    .filter(c -> c.kind().equals(kind) && unitId.map(c.unitId()::equals).orElse(false)).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        for (String kind : kinds) {
            Optional<Column> any = config.columns().stream().filter(c -> c.kind().equals(kind)).findFirst();
            if (any.isPresent()) {
                return any;
            }
        }
        return Optional.empty();
    }

    private static List<String> kindsFor(String genre) {
        if (genre.equals("公示")) {
            return List.of("disclosure", "personnel", "notice");
        }
        if (genre.equals("人事任免")) {
            return List.of("personnel");
        }
        boolean official = Vocabularies.OFFICIAL_GENRES.stream().anyMatch(g -> g.startsWith(genre));
        return official ? List.of("policy", "notice") : List.of("news");
    }
}
