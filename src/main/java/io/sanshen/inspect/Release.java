package io.sanshen.inspect;

import io.sanshen.content.Backdating;
import io.sanshen.diag.TimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One item version going online, as the review log states it ({@code PUBLISHED} of the item's Markdown file).
 *
 * @param online   when the record that completed its approval was made (the moment it could go online)
 * @param shown    the 发布日期 the page shows (front matter {@code date}), when it has one
 * @param first    whether this is the first version of the path to go online (a new item, not an edit)
 * @param dating   how its date stands against its approval, by the one back-dating rule ({@link Backdating})
 */
public record Release(String path, String columnId, String unitId, String title, Instant online,
                      Optional<LocalDate> shown, boolean first, Backdating.Verdict dating) {

    public LocalDate onlineDay() {
        return LocalDate.ofInstant(online, TimeZones.CHINA);
    }

    /** The day the page shows as its publication date: its {@code date}, or the day it went online. */
    public LocalDate shownDay() {
        return shown.orElse(onlineDay());
    }

    /** 倒签: the page claims a publication day before anyone approved it (the build's {@code format.backdated}). */
    public boolean backdated() {
        return dating == Backdating.Verdict.BACKDATED;
    }

    /** 迁移内容: an older date that is true, because the item came from the old portal before signed review. */
    public boolean migrated() {
        return dating == Backdating.Verdict.MIGRATED;
    }
}
