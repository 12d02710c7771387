package io.sanshen.inspect;

import io.sanshen.build.Waivers;
import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleRegistry;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Backdating;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.review.ApprovedSource;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.WorkdayCalendar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * Runs the inspection in named steps: read the review log into a publishing history; judge freshness on the day;
 * check the published content; count publishing and review timeliness; compute the monthly trend.
 */
public final class Inspector {
    /** Working days before a column goes stale that {@code check} and {@code status} start warning. */
    public static final int DEFAULT_LEAD_DAYS = 3;
    /** Months the report's charts and trend cover. */
    public static final int MONTHS = 12;

    /**
     * @param today    the day judged (Beijing time; {@code --today} moves it for rehearsals)
     * @param external probe external links too (slow; results cached)
     */
    public record Options(LocalDate today, int leadDays, boolean external, Path siteRoot) {
    }

    private final Repository repo;
    private final Options options;

    public Inspector(Repository repo, Options options) {
        this.repo = repo;
        this.options = options;
    }

    /** The whole inspection; empty when no approved site policy is in force (nothing is published then). */
    public Optional<Inspection> run(ReviewReport report) throws IOException {
        Optional<Read> read = read(report, true);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = read.get().config();
        WorkdayCalendar calendar = read.get().calendar();
        PublishingHistory history = read.get().history();
        LocalDate today = options.today();
        Collection<Release> visible = history.visibleAt(today).values();
        Freshness freshness = Freshness.at(config, visible, today, calendar, options.leadDays());
        SiteContent published = new ContentLoader(config).load(new ApprovedSource(repo, report)).checkable();
        CheckReport checked = new CheckEngine(RuleRegistry.standard())
                .run(new CheckContext(published, options.siteRoot(), today, options.external()));
        Waivers waivers = Waivers.of(report);
        ContentHealth health = ContentHealth.of(published, checked, waivers);
        List<Release> backdated = visible.stream().filter(Release::backdated)
                .sorted(Comparator.comparing(Release::path)).toList();
        List<Release> migrated = visible.stream().filter(Release::migrated)
                .sorted(Comparator.comparing(Release::path)).toList();
        Publishing publishing = Publishing.of(history.releases(), Publishing.monthsUpTo(YearMonth.from(today), MONTHS));
        List<MonthHealth> healthTrend = new MonthlyHealth(repo, config, options.siteRoot())
                .of(report.head(), publishing.months(), today, waivers);
        return Optional.of(new Inspection(config.site().title(), Names.of(config), report.head().name(), today, options.leadDays(),
                freshness, Veto.of(freshness, backdated, health), publishing, Timeliness.of(history), health,
                Trend.of(config, history, publishing, today, calendar, options.leadDays()), healthTrend, backdated, migrated,
                published.items().stream().filter(i -> i.meta().expiry().filter(d -> !d.isAfter(today)).isPresent())
                        .map(Item::path).sorted().toList()));
    }

    /** Freshness alone (no content checks): what {@code check} and {@code status} warn about. Empty without a policy. */
    public Optional<Freshness> freshness(ReviewReport report) throws IOException {
        Optional<Read> read = read(report, false);
        return read.map(r -> Freshness.at(r.config(), r.history().visibleAt(options.today()).values(), options.today(),
                r.calendar(), options.leadDays()));
    }

    /** The policy in force, its working-day calendar and the publishing history; empty without a policy. */
    private record Read(SiteConfig config, WorkdayCalendar calendar, PublishingHistory history) {
    }

    private Optional<Read> read(ReviewReport report, boolean timeSteps) throws IOException {
        if (report.policy().isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = report.policy().get();
        WorkdayCalendar calendar = WorkdayCalendar.china(config.review().holidays(), config.review().workdays());
        Backdating backdating = Backdating.of(repo, config.review(), report.head());
        return Optional.of(new Read(config, calendar,
                new HistoryReader(repo, calendar, timeSteps, backdating).read(report)));
    }
}
