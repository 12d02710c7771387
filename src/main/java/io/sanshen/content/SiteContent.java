package io.sanshen.content;

import io.sanshen.config.SiteConfig;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from {@code content/}: items (newest first), static files outside bundles (copied as they
 * are), and the optional intros ({@code _index.md}) of the home page and of each column, keyed by column path
 * ({@code ""} for the home page).
 */
public record SiteContent(SiteConfig config, List<Item> items, List<SourceFile> staticFiles,
                          Map<String, Intro> intros) {

    /** Newest first, then by path, so every list is deterministic. */
    public static final Comparator<Item> NEWEST_FIRST = Comparator
            .comparing((Item i) -> i.meta().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Item::path);

    /** Title and Markdown body of an {@code _index.md}. */
    public record Intro(String title, String body) {
    }

    public SiteContent {
        items = items.stream().sorted(NEWEST_FIRST).toList();
        staticFiles = List.copyOf(staticFiles);
        intros = Map.copyOf(intros);
    }

    public Map<String, Item> byPath() {
        Map<String, Item> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.path(), i));
        return m;
    }

    /**
     * Every file an item consists of (its Markdown file and each resource of its bundle) mapped to the item's path:
     * a finding on any of them concerns the whole item.
     */
    public Map<String, String> itemPathsByFile() {
        Map<String, String> m = new java.util.HashMap<>();
        for (Item i : items) {
            m.put(i.path(), i.path());
            i.resources().forEach(r -> m.put(r.path(), i.path()));
        }
        return m;
    }

    public Optional<Intro> intro(String columnPath) {
        return Optional.ofNullable(intros.get(columnPath));
    }

    public SiteContent withItems(List<Item> newItems) {
        return new SiteContent(config, newItems, staticFiles, intros);
    }

    public SiteContent withStaticFiles(List<SourceFile> newStaticFiles) {
        return new SiteContent(config, items, newStaticFiles, intros);
    }
}
