package io.sanshen.cli;

import io.sanshen.config.SiteConfig;
import io.sanshen.content.FrontMatterReader;
import io.sanshen.content.ItemFacts;
import io.sanshen.content.SiteLayout;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The go-live day of items dated after today ({@code build} holds them until then), from the reviewed HEAD version
 * of each item (its bundle's {@code index.md} for an attachment), read by the build's own front-matter reader. Only
 * {@code status} needs dates, so verify and build do not pay for reading them.
 */
final class ScheduledDays {
    private final Map<String, LocalDate> days = new ConcurrentHashMap<>();

    ScheduledDays(Repository repo, ReviewReport report, java.util.List<PathReview> paths, LocalDate today) {
        SiteConfig config = report.policy().orElse(null);
        if (config == null) {
            return;
        }
        SiteLayout layout = SiteLayout.of(config);
        FrontMatterReader reader = new FrontMatterReader(config);
        paths.parallelStream().forEach(p -> {
            String item = layout.place(p.path()).itemPath();
            Optional<ObjectId> blob = item.isEmpty() ? Optional.empty()
                    : item.equals(p.path()) ? Optional.of(p.blob()) : report.path(item).map(PathReview::blob);
            blob.filter(b -> !b.equals(ObjectId.zeroId())).flatMap(b -> date(repo, b, item, reader))
                    .filter(d -> d.isAfter(today)).ifPresent(d -> days.put(p.path(), d));
        });
    }

    private static Optional<LocalDate> date(Repository repo, ObjectId blob, String path, FrontMatterReader reader) {
        try {
            byte[] bytes = repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20);
            return ItemFacts.of(bytes, reader, path).date().map(java.time.LocalDateTime::toLocalDate);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The path's go-live day, when it is after today. */
    Optional<LocalDate> day(String path) {
        return Optional.ofNullable(days.get(path));
    }
}
