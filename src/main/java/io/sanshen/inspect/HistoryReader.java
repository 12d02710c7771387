package io.sanshen.inspect;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Backdating;
import io.sanshen.content.FrontMatterReader;
import io.sanshen.content.ItemFacts;
import io.sanshen.content.SiteLayout;
import io.sanshen.diag.TimeZones;
import io.sanshen.review.Approval;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.LogEvent;
import io.sanshen.review.ReviewReport;
import io.sanshen.review.WorkdayCalendar;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Names the review log's events for the inspection: which item versions went online and when, the review decisions
 * with their duration in working days, and the withdrawals. Whether a record counts, when a version is complete and
 * when it goes online are the review engine's decisions; the item's column, unit and dates come from the one layout
 * and front-matter reader, under the policy each record was judged by.
 */
final class HistoryReader {
    private final Repository repo;
    private final WorkdayCalendar calendar;
    private final Map<ObjectId, ItemFacts> facts = new HashMap<>();
    // keyed by identity: the log shares one config object per policy version, and a record's hash is deep
    private final Map<SiteConfig, SiteLayout> layouts = new IdentityHashMap<>();
    private final Map<SiteConfig, FrontMatterReader> readers = new IdentityHashMap<>();

    private final boolean timeSteps;
    private final Backdating backdating;

    /** {@code timeSteps}: also list the review decisions with their durations (one more walk over the history). */
    HistoryReader(Repository repo, WorkdayCalendar calendar, boolean timeSteps, Backdating backdating) {
        this.repo = repo;
        this.calendar = calendar;
        this.timeSteps = timeSteps;
        this.backdating = backdating;
    }

    PublishingHistory read(ReviewReport report) throws IOException {
        List<LogEvent> log = report.log().orElseThrow(() -> new IllegalStateException("review report without its log"));
        Submissions submitted = timeSteps ? Submissions.of(repo, report.head()) : null;
        List<Release> releases = new ArrayList<>();
        List<ReviewStep> steps = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        List<PublishingHistory.ApprovedVersion> approvals = new ArrayList<>();
        Set<String> online = new HashSet<>();
        Map<String, Instant> lastStep = new HashMap<>();
        Map<String, Boolean> allOnTime = new HashMap<>();
        for (LogEvent e : log) {
            Optional<Column> column = itemColumn(e);
            if (column.isEmpty()) {
                continue;
            }
            String unit = column.get().unitId();
            Approval a = e.approval();
            String version = e.blob().name() + e.path();
            switch (e.type()) {
                case PUBLISHED -> {
                    ItemFacts f = facts(e.blob(), e.path(), e.policy());
                    Optional<LocalDate> shown = f.date().map(d -> d.toLocalDate());
                    Backdating.Verdict dating = shown.map(d -> backdating.judge(e.path(), d, day(e.at())))
                            .orElse(Backdating.Verdict.DATED_ON_OR_AFTER_APPROVAL);
                    releases.add(new Release(e.path(), column.get().id(), unit, f.title(), a.time(), shown,
                            online.add(e.path()), dating));
                }
                case APPROVED -> approvals.add(new PublishingHistory.ApprovedVersion(e.path(), unit, day(a.time()),
                        allOnTime.getOrDefault(version, true)));
                case RECORD -> {
                    if (a.action() == ApprovalRecord.Action.WITHDRAW) {
                        withdrawals.add(new Withdrawal(e.path(), unit, day(a.time())));
                        continue;
                    }
                    if (submitted == null) {
                        continue;
                    }
                    Instant start = lastStep.containsKey(version) ? lastStep.get(version)
                            : submitted.of(e.path(), e.blob(), a.time());
                    lastStep.put(version, a.time());
                    int days = calendar.workdaysBetween(day(start), day(a.time()));
                    boolean onTime = days <= e.policy().review().deadlineDays();
                    allOnTime.merge(version, onTime, Boolean::logicalAnd);
                    steps.add(new ReviewStep(e.path(), unit, a.level().toString(), a.reviewer(), day(start),
                            day(a.time()), a.action() == ApprovalRecord.Action.APPROVE, days, onTime));
                }
                default -> throw new IllegalStateException("unknown log event " + e.type());
            }
        }
        return new PublishingHistory(releases, steps, withdrawals, approvals);
    }

    /** The column of an item's Markdown file (a loose item or a bundle's index.md); empty for every other file. */
    private Optional<Column> itemColumn(LogEvent e) {
        SiteLayout.Placement place = layouts.computeIfAbsent(e.policy(), SiteLayout::of).place(e.path());
        boolean item = place.kind() == SiteLayout.Kind.ITEM || place.kind() == SiteLayout.Kind.BUNDLE_INDEX;
        return item ? place.column() : Optional.empty();
    }

    private ItemFacts facts(ObjectId blob, String path, SiteConfig config) throws IOException {
        ItemFacts known = facts.get(blob);
        if (known == null) {
            known = repo.getObjectDatabase().has(blob)
                    ? ItemFacts.of(repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20),
                    readers.computeIfAbsent(config, FrontMatterReader::new), path)
                    : ItemFacts.NONE;
            facts.put(blob, known);
        }
        return known;
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, TimeZones.CHINA);
    }
}
