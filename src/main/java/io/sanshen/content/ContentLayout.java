package io.sanshen.content;

import io.sanshen.content.SiteLayout.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files under {@code content/} sorted by {@link SiteLayout}: item files (plain items and bundle
 * {@code index.md}), intros, resources per bundle folder, static files (column files, and other non-Markdown files
 * outside any item — a publishing build only has them when review covers them), and Markdown files the layout does
 * not place (outside any column, or in a folder without {@code index.md}), which are mistakes.
 */
record ContentLayout(List<SourceFile> itemFiles, List<SourceFile> introFiles,
                     Map<String, List<SourceFile>> bundleResources, List<SourceFile> staticFiles,
                     List<SourceFile> unplaced, Set<String> allPaths, SiteLayout layout) {

    static ContentLayout of(List<SourceFile> files, SiteLayout layout) {
        Set<String> all = new HashSet<>();
        files.forEach(f -> all.add(f.path()));
        List<SourceFile> items = new ArrayList<>();
        List<SourceFile> intros = new ArrayList<>();
        Map<String, List<SourceFile>> resources = new HashMap<>();
        List<SourceFile> statics = new ArrayList<>();
        List<SourceFile> unplaced = new ArrayList<>();
        for (SourceFile f : files) {
            Placement p = layout.place(f.path());
            switch (p.kind()) {
                case ITEM, BUNDLE_INDEX -> items.add(f);
                case COLUMN_INTRO, SITE_INTRO -> intros.add(f);
                case COLUMN_FILE -> statics.add(f);
                case RESOURCE -> {
                    if (all.contains(p.itemPath())) {
                        resources.computeIfAbsent(p.bundleDir(), k -> new ArrayList<>()).add(f);
                    } else {
                        (f.path().endsWith(".md") ? unplaced : statics).add(f);
                    }
                }
                default -> (f.path().endsWith(".md") ? unplaced : statics).add(f);
            }
        }
        return new ContentLayout(items, intros, resources, statics, unplaced, all, layout);
    }

    boolean exists(String path) {
        return allPaths.contains(path);
    }

    List<SourceFile> resourcesOf(String bundleDir) {
        return bundleResources.getOrDefault(bundleDir, List.of());
    }
}
