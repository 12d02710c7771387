package io.sanshen.check;

import io.sanshen.config.ChecksConfig;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.PublicationWindow;
import io.sanshen.content.SiteContent;
import io.sanshen.content.SiteLinks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One check run: what rules may know beyond one item — the whole site (for links between items), the run's link
 * resolution (which knows what will be published: links to anything else are findings; a build hands the renderer
 * the same {@link SiteLinks}), the config, the site root (for word lists), today's
 * date, and whether external links may be fetched ({@code --external}) — and what the run's rules share (word
 * lists, scanners, link targets), kept here so it lives and dies with the run: a server checking many sites, even
 * at once, holds nothing of a finished run.
 */
public final class CheckContext {
    private final SiteContent site;
    private final Path siteRoot;
    private final LocalDate today;
    private final boolean external;
    private final Supplier<SiteLinks> links;
    private final Map<Class<?>, Object> memos = new ConcurrentHashMap<>();

    /** @param links where links of {@code site} lead, knowing what the build will publish */
    public CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external, SiteLinks links) {
        this(site, siteRoot, today, external, () -> links);
    }

    private CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external, Supplier<SiteLinks> links) {
        this.site = site;
        this.siteRoot = siteRoot;
        this.today = today;
        this.external = external;
        this.links = links;
    }

    /**
     * A check run alone: it assumes what the content itself decides ({@link PublicationWindow}: no drafts, nothing
     * expired); review and blockers are for the build to add.
     */
    public CheckContext(SiteContent site, Path siteRoot, LocalDate today, boolean external) {
        this(site, siteRoot, today, external, new Lazy<>(() -> new SiteLinks(site, PublicationWindow.online(today, false))));
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

    /** The run's link resolution (built on first use when the run made it itself). */
    public SiteLinks links() {
        return links.get();
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
