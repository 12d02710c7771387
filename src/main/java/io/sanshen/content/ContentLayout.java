package io.sanshen.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Classifies the files under {@code content/}: Markdown items, {@code _index.md} intros, resources of bundle
 * items (every file below a folder that holds an {@code index.md}), and other static files.
 */
record ContentLayout(List<SourceFile> itemFiles, List<SourceFile> introFiles,
                     Map<String, List<SourceFile>> bundleResources, List<SourceFile> staticFiles, Set<String> allPaths) {

    static ContentLayout of(List<SourceFile> files) {
        Set<String> bundleDirs = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (SourceFile f : files) {
            all.add(f.path());
            if (f.path().endsWith("/index.md")) {
                bundleDirs.add(folderOf(f.path()));
            }
        }
        List<SourceFile> items = new ArrayList<>();
        List<SourceFile> intros = new ArrayList<>();
        Map<String, List<SourceFile>> resources = new HashMap<>();
        List<SourceFile> statics = new ArrayList<>();
        for (SourceFile f : files) {
            String name = f.fileName();
            if (name.equals("_index.md")) {
                intros.add(f);
            } else if (!name.equals("index.md") && bundleOf(f.path(), bundleDirs) != null) {
                resources.computeIfAbsent(bundleOf(f.path(), bundleDirs), k -> new ArrayList<>()).add(f);
            } else if (name.endsWith(".md")) {
                items.add(f);
            } else {
                statics.add(f);
            }
        }
        return new ContentLayout(items, intros, resources, statics, all);
    }

    boolean exists(String path) {
        return allPaths.contains(path);
    }

    List<SourceFile> resourcesOf(String bundleDir) {
        return bundleResources.getOrDefault(bundleDir, List.of());
    }

    /** The outermost bundle folder containing {@code path}, or null. */
    private static String bundleOf(String path, Set<String> bundleDirs) {
        String found = null;
        for (String dir = folderOf(path); !dir.isEmpty(); dir = folderOf(dir)) {
            if (bundleDirs.contains(dir)) {
                found = dir;
            }
        }
        return found;
    }

    /** The parent folder of a path ("" at the top). */
    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
