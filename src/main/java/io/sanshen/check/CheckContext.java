package io.sanshen.check;

import io.sanshen.config.ChecksConfig;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.SiteContent;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What rules may know beyond one item: the whole site (for links between items), the config, the site root (for
 * word lists), today's date, and whether external links may be fetched ({@code --external}).
 */
public record CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external) {
    public SiteConfig config() {
        return site.config();
    }

    public ChecksConfig checks() {
        return site.config().checks();
    }
}
