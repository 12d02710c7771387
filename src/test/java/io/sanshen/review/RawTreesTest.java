package io.sanshen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sanshen.review.HistoryScan.PathBlob;
import io.sanshen.testkit.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RawTrees} must answer exactly as JGit's tree walks, which it replaces for speed: random pairs of trees in a
 * real repository (big flat folders, nested folders, Chinese and look-alike names such as a, a-b, a.b and a/,
 * a file replaced by a folder, mode changes, symlinks and submodule links) are diffed and looked up both ways.
 */
class RawTreesTest {
    private static final String[] NAMES = {"a", "a-b", "a.b", "a0", "b", "会议纪要.md", "会议 纪要.md", "x.md", "Z.md",
        "index.md", "附件.pdf", "ab", "a b", "é.md"};
    private static final FileMode[] MODES = {FileMode.REGULAR_FILE, FileMode.REGULAR_FILE, FileMode.REGULAR_FILE,
        FileMode.EXECUTABLE_FILE, FileMode.SYMLINK, FileMode.GITLINK};

    @TempDir
    Path dir;

    @Test
    void diffsAndLookupsEqualJGitTreeWalksOnRandomTrees() throws IOException {
        Repository repo = TestRepos.init(dir.resolve("repo"));
        Random random = new Random(20261123);
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            RawTrees raw = new RawTrees(reader);
            Map<String, Entry> files = randomFiles(random, ins, 40);
            ObjectId before = write(files, ins);
            for (int round = 0; round < 150; round++) {
                Map<String, Entry> next = mutate(files, random, ins);
                ObjectId after = write(next, ins);
                ins.flush();
                assertEquals(treeWalkDiff(reader, after, before), raw.added(before, after), "round " + round);
                assertEquals(treeWalkDiff(reader, after, null), raw.added(null, after), "round " + round + " from empty");
                for (String path : lookups(files, next, random)) {
                    assertEquals(treeWalkLookup(reader, after, path), raw.blobAt(after, path), path);
                }
                files = next;
                before = after;
            }
        }
    }

    @Test
    void aFlatFolderOfThousandsOfItemsDiffsToTheOneChangedFile() throws IOException {
        Repository repo = TestRepos.init(dir.resolve("repo"));
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            Map<String, Entry> files = new TreeMap<>();
            for (int i = 0; i < 3000; i++) {
                files.put("content/news/2024-%05d.md".formatted(i), blob(ins, "item " + i, FileMode.REGULAR_FILE));
            }
            ObjectId before = write(files, ins);
            files.put("content/news/2024-01500.md", blob(ins, "edited", FileMode.REGULAR_FILE));
            files.put("content/news/2024-03000.md", blob(ins, "new", FileMode.REGULAR_FILE));
            files.remove("content/news/2024-00007.md");
            ObjectId after = write(files, ins);
            ins.flush();
            RawTrees raw = new RawTrees(reader);
            assertEquals(List.of(new PathBlob("content/news/2024-01500.md", files.get("content/news/2024-01500.md").id),
                    new PathBlob("content/news/2024-03000.md", files.get("content/news/2024-03000.md").id)),
                    raw.added(before, after));
            assertEquals(files.get("content/news/2024-02999.md").id, raw.blobAt(after, "content/news/2024-02999.md"));
            assertNull(raw.blobAt(after, "content/news/2024-00007.md"));
            assertNull(raw.blobAt(after, "content/news"), "a folder is not a blob");
            assertNull(raw.blobAt(after, "content/news/2024-00001.md/"), "no trailing slash");
            assertNull(raw.blobAt(after, ""));
        }
    }

    @Test
    void aMalformedUnsortedTreeIsSearchedAsJGitReadsIt() throws IOException {
        Repository repo = TestRepos.init(dir.resolve("repo"));
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            ObjectId x1 = ins.insert(Constants.OBJ_BLOB, "one".getBytes(StandardCharsets.UTF_8));
            ObjectId x2 = ins.insert(Constants.OBJ_BLOB, "two".getBytes(StandardCharsets.UTF_8));
            org.eclipse.jgit.lib.TreeFormatter f = new org.eclipse.jgit.lib.TreeFormatter();
            // out of order and with a duplicate name: git fsck would complain, a forged history may still hold it
            f.append("z.md", FileMode.REGULAR_FILE, x1);
            f.append("b.md", FileMode.REGULAR_FILE, x2);
            f.append("z.md", FileMode.REGULAR_FILE, x2);
            f.append("a.md", FileMode.REGULAR_FILE, x1);
            ObjectId folder = ins.insert(f);
            org.eclipse.jgit.lib.TreeFormatter root = new org.eclipse.jgit.lib.TreeFormatter();
            root.append("news", FileMode.TREE, folder);
            ObjectId tree = ins.insert(root);
            ins.flush();
            RawTrees raw = new RawTrees(reader);
            for (String path : List.of("news/z.md", "news/b.md", "news/a.md", "news/c.md")) {
                assertEquals(treeWalkLookup(reader, tree, path), raw.blobAt(tree, path), path);
            }
        }
    }

    private record Entry(ObjectId id, FileMode mode) {
    }

    private static Map<String, Entry> randomFiles(Random random, ObjectInserter ins, int count) throws IOException {
        Map<String, Entry> files = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            putWithoutConflict(files, randomPath(random), randomEntry(random, ins));
        }
        return files;
    }

    private static Map<String, Entry> mutate(Map<String, Entry> files, Random random, ObjectInserter ins) throws IOException {
        Map<String, Entry> next = new TreeMap<>(files);
        List<String> paths = new ArrayList<>(next.keySet());
        int edits = 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 3);
        for (int i = 0; i < edits; i++) {
            int kind = random.nextInt(6);
            String some = paths.isEmpty() ? null : paths.get(random.nextInt(paths.size()));
            if (kind == 0 && some != null) {
                next.remove(some);
            } else if (kind == 1 && some != null) {
                next.put(some, randomEntry(random, ins));
            } else if (kind == 2 && some != null) {
                Entry e = next.get(some);
                if (e != null && e.mode != FileMode.GITLINK) {
                    next.put(some, new Entry(e.id, e.mode == FileMode.REGULAR_FILE ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE));
                }
            } else if (kind == 3 && some != null) {
                // a file becomes a folder of the same name, or the other way round
                next.remove(some);
                putWithoutConflict(next, some + "/" + NAMES[random.nextInt(NAMES.length)], randomEntry(random, ins));
            } else {
                putWithoutConflict(next, randomPath(random), randomEntry(random, ins));
            }
        }
        if (random.nextInt(5) == 0) {
            for (int i = 0; i < 40; i++) {
                putWithoutConflict(next, "content/big/" + random.nextInt(100000) + ".md", randomEntry(random, ins));
            }
        }
        return next;
    }

    /** A DirCache cannot hold a file "a" and a file "a/b" together; drop whichever side clashes. */
    private static void putWithoutConflict(Map<String, Entry> files, String path, Entry e) {
        files.keySet().removeIf(p -> p.startsWith(path + "/") || path.startsWith(p + "/"));
        files.put(path, e);
    }

    private static String randomPath(Random random) {
        int depth = 1 + random.nextInt(3);
        StringBuilder p = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            if (d > 0) {
                p.append('/');
            }
            p.append(NAMES[random.nextInt(NAMES.length)]);
        }
        return p.toString();
    }

    private static Entry randomEntry(Random random, ObjectInserter ins) throws IOException {
        FileMode mode = MODES[random.nextInt(MODES.length)];
        return blob(ins, "v" + random.nextInt(50), mode);
    }

    private static Entry blob(ObjectInserter ins, String content, FileMode mode) throws IOException {
        if (mode == FileMode.GITLINK) {
            return new Entry(ins.idFor(Constants.OBJ_COMMIT, content.getBytes(StandardCharsets.UTF_8)), mode);
        }
        return new Entry(ins.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8)), mode);
    }

    private static ObjectId write(Map<String, Entry> files, ObjectInserter ins) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder b = index.builder();
        for (Map.Entry<String, Entry> f : files.entrySet()) {
            DirCacheEntry e = new DirCacheEntry(f.getKey());
            e.setFileMode(f.getValue().mode);
            e.setObjectId(f.getValue().id);
            b.add(e);
        }
        b.finish();
        return index.writeTree(ins);
    }

    /** Paths of both versions, sampled: a lookup through TreeWalk costs a walk of every folder on the way. */
    private static List<String> lookups(Map<String, Entry> before, Map<String, Entry> after, Random random) {
        List<String> all = new ArrayList<>(after.keySet());
        all.addAll(before.keySet());
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paths.add(all.get(random.nextInt(all.size())));
        }
        paths.add(randomPath(random));
        paths.add("content");
        paths.add("content/big");
        return paths;
    }

    /** The diff HistoryScan did before RawTrees, kept here as the reference. */
    private static List<PathBlob> treeWalkDiff(ObjectReader reader, ObjectId tree, ObjectId base) throws IOException {
        List<PathBlob> added = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            tw.setRecursive(true);
            if (base != null) {
                tw.addTree(base);
            } else {
                tw.addTree(new EmptyTreeIterator());
            }
            tw.addTree(tree);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                if (tw.getFileMode(1) == FileMode.MISSING) {
                    continue;
                }
                added.add(new PathBlob(Normalizer.normalize(tw.getPathString(), Normalizer.Form.NFC), tw.getObjectId(1)));
            }
        }
        return added;
    }

    private static ObjectId treeWalkLookup(ObjectReader reader, ObjectId tree, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(reader, path, tree)) {
            return tw != null && tw.getFileMode(0).getObjectType() == Constants.OBJ_BLOB ? tw.getObjectId(0) : null;
        }
    }
}
