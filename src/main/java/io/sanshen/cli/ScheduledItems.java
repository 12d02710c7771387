package io.sanshen.cli;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.Item;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which items of the work tree wait for a future publication date ({@code build} holds them back until then), read
 * through the loader and front-matter reader the build uses. Empty when the configuration does not load.
 */
final class ScheduledItems {
    private final Map<String, LocalDate> days;

    private ScheduledItems(Map<String, LocalDate> days) {
        this.days = days;
    }

    static ScheduledItems of(Path siteRoot, LocalDate today) throws IOException {
        ConfigResult config = ConfigLoader.load(siteRoot);
        if (!config.ok()) {
            return new ScheduledItems(Map.of());
        }
        Map<String, LocalDate> days = new HashMap<>();
        for (Item item : new ContentLoader(config.config().orElseThrow()).load(new WorkTreeSource(siteRoot)).content().items()) {
            item.meta().scheduledAfter(today).ifPresent(day -> days.put(item.path(), day));
        }
        return new ScheduledItems(days);
    }

    /** The path's go-live day, when it is after today. */
    java.util.Optional<LocalDate> day(String path) {
        return java.util.Optional.ofNullable(days.get(path));
    }

    /** The mark appended to the path's status line, or "". */
    String mark(String path, Lang lang) {
        LocalDate day = days.get(path);
        return day == null ? "" : lang == Lang.EN ? " (scheduled until " + day + ")" : "（定时发布：" + day + " 起上线）";
    }
}
