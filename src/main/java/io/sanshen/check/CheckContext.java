package io.sanshen.check;

import io.sanshen.config.ChecksConfig;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Item;
import io.sanshen.content.PublicationWindow;
import io.sanshen.content.SiteContent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One check run: what rules may know beyond one item — the whole site (for links between items), which of its
 * items will be published (links to the others are findings), the config, the site root (for word lists), today's
 * date, and whether external links may be fetched ({@code --external}) — and what the run's rules share (word
 * lists, scanners, link targets), kept here so it lives and dies with the run: a server checking many sites, even
 * at once, holds nothing of a finished run.
 */
public final class CheckContext {
    private final SiteContent site;
    private final Path siteRoot;
    private final LocalDate today;
    private final boolean external;
    private final Predicate<Item> published;
    private final Map<Class<?>, Object> memos = new ConcurrentHashMap<>();

    public CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external, Predicate<Item> published) {
        this.site = site;
        this.siteRoot = siteRoot;
        this.today = today;
        this.external = external;
        this.published = published;
    }

    /**
     * A check run alone: it assumes what the content itself decides ({@link PublicationWindow}: no drafts, nothing
     * expired); review and blockers are for the build to add.
     */
    public CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external) {
        this(site, siteRoot, today, external, PublicationWindow.online(today, false));
    }

    public SiteContent site() {
        return site;
    }

    public Path siteRoot() {
        return siteRoot;
    }

    public LocalDate today() {
        return today;
    }

    public boolean external() {
        return external;
    }

    public Predicate<Item> published() {
        return published;
    }

    public SiteConfig config() {
        return site.config();
    }

    public ChecksConfig checks() {
        return site.config().checks();
    }

    /**
     * The run's one value of type {@code key}, made by {@code make} on first use (once, however many threads ask).
     * {@code make} must not ask this context for another memo.
     */
    public <T> T memo(Class<T> key, Function<CheckContext, T> make) {
        return key.cast(memos.computeIfAbsent(key, k -> make.apply(this)));
    }
}
