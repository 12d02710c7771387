package io.sanshen.importer;

import io.sanshen.config.Vocabularies;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The 文种 a title ends with (通知, 意见, 决定 …, or a portal genre such as 公示), by the site's vocabulary. */
final class Genres {
    private static final List<String> KNOWN = Stream.concat(
                    Vocabularies.OFFICIAL_GENRES.stream().map(g -> g.replace("（令）", "")),
                    Vocabularies.PORTAL_GENRES.stream())
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Genres() {}

    /** The genre at the end of {@code title}, ignoring a trailing bracket such as （试行） or （征求意见稿）. */
    static Optional<String> fromTitle(String title) {
        String t = title.strip().replaceAll("[（(][^（()）]{1,12}[)）]$", "");
        return KNOWN.stream().filter(t::endsWith).findFirst();
    }
}
