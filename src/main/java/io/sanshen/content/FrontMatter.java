package io.sanshen.content;

import io.sanshen.diag.SourcePos;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An item's metadata (政府信息公开 fields). Strings are empty, never null, when absent; {@code positions} maps the
 * English field name to where its value was written, so checks can point at it.
 */
public record FrontMatter(String title, String indexNo, String publisher, String source, LocalDate created,
                          LocalDateTime date, boolean dateHasTime, String docNo, String topic, String genre,
                          String category, Disclosure disclosure, boolean important, Reprint reprint,
                          LocalDate expires, boolean draft, List<AttachmentRef> attachments, List<String> tags,
                          String summary, String author, Map<String, SourcePos> positions) {

    public FrontMatter {
        attachments = List.copyOf(attachments);
        tags = List.copyOf(tags);
        positions = Map.copyOf(positions);
    }

    public Optional<Reprint> reprinted() {
        return Optional.ofNullable(reprint);
    }

    public Optional<LocalDate> createdDate() {
        return Optional.ofNullable(created);
    }

    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expires);
    }

    /**
     * The day a future-dated item goes online, when that is after {@code today}: like Hugo, an item waits for its
     * publication date. A date with a time counts by its calendar day (times are Beijing time), so an item dated
     * today 18:00 is online today.
     */
    public Optional<LocalDate> scheduledAfter(LocalDate today) {
        return date == null || !date.toLocalDate().isAfter(today) ? Optional.empty() : Optional.of(date.toLocalDate());
    }

    /** Where field {@code name} was written, or the fallback (usually the front matter's first line). */
    public SourcePos pos(String name, SourcePos fallback) {
        return positions.getOrDefault(name, fallback);
    }
}
