package io.sanshen.review;

import io.sanshen.config.SiteConfig;
import org.eclipse.jgit.lib.ObjectId;

/**
 * One entry of the review log, in the order records were judged (merge order): a record that counted for one file
 * version, or the moment a version became fully approved. Ledger, forms and waivers read these and decide nothing
 * themselves; the records that did not count are in {@link ReviewReport#ignored()}.
 *
 * @param type     {@code RECORD}: {@code approval} counted for (path, blob); {@code APPROVED}: (path, blob) became
 *                 fully approved by {@code approval}, the record that completed it; {@code PUBLISHED}: with that record
 *                 the version goes online — its item is whole (a bundle's index.md and every file below it fully
 *                 approved) and not a draft, exactly as the build publishes it
 * @param policy   the site config the record was judged under (names of levels, roles and units)
 * @param important whether the version counted as important (needing 终审) when judged
 * @param at       when the event took effect: the time of the mainline commit that brought the record in
 *                 ({@link HistoryScan#effectiveTime}), never the date the record claims
 */
public record LogEvent(Type type, String path, ObjectId blob, Approval approval, SiteConfig policy, boolean important,
                       java.time.Instant at) {
    public enum Type { RECORD, APPROVED, PUBLISHED }
}
