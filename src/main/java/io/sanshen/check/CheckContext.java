package io.sanshen.check;

import io.sanshen.config.ChecksConfig;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Item;
import io.sanshen.content.PublicationWindow;
import io.sanshen.content.SiteContent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * What rules may know beyond one item: the whole site (for links between items), which of its items will be
 * published (links to the others are findings), the config, the site root (for word lists), today's date, and
 * whether external links may be fetched ({@code --external}).
 */
public record CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external,
                           Predicate<Item> published) {

    /**
     * A check run alone: it assumes what the content itself decides ({@link Publication}: no drafts, nothing
     * expired); review and blockers are for the build to add.
     */
    public CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external) {
        this(site, siteRoot, today, external, PublicationWindow.online(today, false));
    }

    public SiteConfig config() {
        return site.config();
    }

    public ChecksConfig checks() {
        return site.config().checks();
    }
}
