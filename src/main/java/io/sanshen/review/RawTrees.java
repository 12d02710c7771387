package io.sanshen.review;

import static io.sanshen.review.TreeEntries.compare;
import static io.sanshen.review.TreeEntries.idAt;
import static io.sanshen.review.TreeEntries.isTree;
import static io.sanshen.review.TreeEntries.mode;
import static io.sanshen.review.TreeEntries.nameStart;
import static io.sanshen.review.TreeEntries.next;
import static io.sanshen.review.TreeEntries.objectType;
import static io.sanshen.review.TreeEntries.sameId;

import io.sanshen.review.HistoryScan.PathBlob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * First-parent diffs and path lookups on raw tree bytes, for the history scan. A portal keeps each column's items in
 * one folder, so every content commit rewrites a tree listing the whole column, and a generic tree walk parses all
 * of it twice per commit. Here two versions of a folder are compared with {@link Arrays#mismatch} (a vectorised
 * byte compare) and only the entries around the first difference are parsed, until both tails are the same bytes;
 * the trees read last are kept, because a commit's diff and the approvals that follow it read the same folder.
 * Results equal JGit's recursive {@code TreeWalk} with {@code TreeFilter.ANY_DIFF} and {@code TreeWalk.forPath}
 * ({@code RawTreesTest} compares them on random trees). Not thread-safe.
 */
final class RawTrees {
    /**
     * Bytes of trees kept, least recently used dropped first. Editors interleave columns, so the previous version of
     * a big column folder is often a few dozen trees back; 64 MB holds dozens of 10,000-item folders.
     */
    private static final long KEPT_BYTES = 64L << 20;

    private final ObjectReader reader;
    private final Map<ObjectId, FolderIndex> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;

    RawTrees(ObjectReader reader) {
        this.reader = reader;
    }


    /**
     * Every non-tree entry of {@code tree} whose mode or id differs from the entry at the same path in {@code base}
     * (all of them when {@code base} is null), in tree order; paths decoded as JGit does and NFC-normalised.
     */
    List<PathBlob> added(ObjectId base, ObjectId tree) throws IOException {
        List<PathBlob> out = new ArrayList<>();
        diff(base == null ? null : tree(base), tree(tree), new byte[0], out);
        return out;
    }

    /** The blob (or symlink) at {@code path} in {@code tree}; null when missing or not a blob. */
    ObjectId blobAt(ObjectId tree, String path) throws IOException {
        byte[][] parts = Arrays.stream(path.split("/", -1)).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        FolderIndex t = tree(tree);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            int e = t.find(parts[i], !last);
            if (e < 0) {
                return null;
            }
            int mode = mode(t.bytes, e);
            ObjectId id = ObjectId.fromRaw(t.bytes, idAt(t.bytes, e));
            if (last) {
                return Constants.OBJ_BLOB == objectType(mode) ? id : null;
            }
            t = tree(id);
        }
        return null;
    }

    private FolderIndex tree(ObjectId id) throws IOException {
        FolderIndex t = recent.get(id);
        if (t == null) {
            t = new FolderIndex(reader.open(id, Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE));
            recent.put(id.copy(), t);
            keptBytes += t.bytes.length;
            var oldest = recent.entrySet().iterator();
            while (keptBytes > KEPT_BYTES && recent.size() > 1) {
                keptBytes -= oldest.next().getValue().bytes.length;
                oldest.remove();
            }
        }
        return t;
    }

    private void diff(FolderIndex ta, FolderIndex tb, byte[] prefix, List<PathBlob> out) throws IOException {
        byte[] b = tb.bytes;
        if (b.length == 0) {
            return;
        }
        if (ta == null) {
            for (int pb = 0; pb < b.length; pb = next(b, pb)) {
                add(b, pb, prefix, null, out);
            }
            return;
        }
        byte[] a = ta.bytes;
        int mismatch = Arrays.mismatch(a, b);
        if (mismatch < 0) {
            return;
        }
        int suffix = commonSuffix(a, b, mismatch);
        // entries start at the same offsets in both until the first differing byte
        int[] oa = ta.offsets();
        int k = FolderIndex.lastAtOrBefore(oa, mismatch);
        int start = k < 0 ? 0 : oa[k];
        if (mismatch == a.length && a.length <= b.length) {
            start = a.length; // b only appends entries
            k = oa.length;
        }
        if (!tb.hasOffsets() && ta.sorted()) {
            tb.deriveFrom(ta, k, start, suffix);
        }
        int pa = start;
        int pb = start;
        while (pb < b.length) {
            int restA = a.length - pa;
            if (restA == b.length - pb && restA <= suffix) {
                return; // both tails are the same bytes
            }
            int cmp = pa >= a.length ? 1 : compare(a, pa, b, pb);
            if (cmp < 0) {
                pa = next(a, pa); // only in the base: removed, nothing added
            } else if (cmp > 0) {
                add(b, pb, prefix, null, out);
                pb = next(b, pb);
            } else {
                if (mode(a, pa) != mode(b, pb) || !sameId(a, idAt(a, pa), b, idAt(b, pb))) {
                    add(b, pb, prefix, isTree(mode(a, pa)) ? ObjectId.fromRaw(a, idAt(a, pa)) : null, out);
                }
                pa = next(a, pa);
                pb = next(b, pb);
            }
        }
    }

    /** Reports entry {@code e} of {@code t}; for a subtree, what it adds over the base subtree {@code baseTree}. */
    private void add(byte[] t, int e, byte[] prefix, ObjectId baseTree, List<PathBlob> out) throws IOException {
        int mode = mode(t, e);
        byte[] path = path(prefix, t, e);
        if (isTree(mode)) {
            FolderIndex base = baseTree == null ? null : tree(baseTree);
            byte[] slash = Arrays.copyOf(path, path.length + 1);
            slash[path.length] = '/';
            diff(base, tree(ObjectId.fromRaw(t, idAt(t, e))), slash, out);
            return;
        }
        String decoded = RawParseUtils.decode(path);
        out.add(new PathBlob(Normalizer.normalize(decoded, Normalizer.Form.NFC), ObjectId.fromRaw(t, idAt(t, e))));
    }

    private static int commonSuffix(byte[] a, byte[] b, int limit) {
        int max = Math.min(a.length, b.length) - limit;
        int n = 0;
        while (n < max && a[a.length - 1 - n] == b[b.length - 1 - n]) {
            n++;
        }
        return n;
    }

    private static byte[] path(byte[] prefix, byte[] t, int e) {
        int ns = nameStart(t, e);
        int ne = idAt(t, e) - 1;
        byte[] p = Arrays.copyOf(prefix, prefix.length + ne - ns);
        System.arraycopy(t, ns, p, prefix.length, ne - ns);
        return p;
    }


}
