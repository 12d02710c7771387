package io.sanshen.review;

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
 * the last few trees read are kept, because a commit's diff and the three approvals that follow it read the same
 * folder. Results equal JGit's recursive {@code TreeWalk} with {@code TreeFilter.ANY_DIFF} and
 * {@code TreeWalk.forPath} ({@code RawTreesTest} compares them on random trees). Not thread-safe.
 */
final class RawTrees {
    private static final int TREE_MODE = 040000;
    /** Trees kept: a folder's version before and after a commit, and its parents. */
    private static final int KEPT = 16;

    private final ObjectReader reader;
    private final Map<ObjectId, Tree> recent = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, Tree> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * A tree's bytes and the offset of each entry. Offsets of a new version of a folder are derived from the old
     * version's (same up to the first changed byte, shifted after it), so a big folder is parsed in full only once.
     * An unsorted (malformed) tree is only ever searched linearly, as JGit reads it.
     */
    private static final class Tree {
        final byte[] bytes;
        int[] offsets;
        boolean sorted = true;

        Tree(byte[] bytes) {
            this.bytes = bytes;
        }

        int[] offsets() {
            if (offsets == null) {
                IntList list = new IntList(64);
                for (int e = 0; e < bytes.length; e = next(bytes, e)) {
                    if (list.size > 0 && compare(bytes, list.last(), bytes, e) >= 0) {
                        sorted = false;
                    }
                    list.add(e);
                }
                offsets = list.toArray();
            }
            return offsets;
        }
    }

    /** Growable int array. */
    private static final class IntList {
        int[] a;
        int size;

        IntList(int capacity) {
            a = new int[Math.max(capacity, 4)];
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int last() {
            return a[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

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
        Tree t = tree(tree);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            int e = find(t, parts[i], !last);
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

    private Tree tree(ObjectId id) throws IOException {
        Tree t = recent.get(id);
        if (t == null) {
            t = new Tree(reader.open(id, Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE));
            recent.put(id.copy(), t);
        }
        return t;
    }

    private void diff(Tree ta, Tree tb, byte[] prefix, List<PathBlob> out) throws IOException {
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
        int k = lastAtOrBefore(oa, mismatch);
        int start = k < 0 ? 0 : oa[k];
        if (mismatch == a.length && a.length <= b.length) {
            start = a.length; // b only appends entries
            k = oa.length;
        }
        if (tb.offsets == null && ta.sorted) {
            derive(ta, tb, k, start, suffix);
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
            Tree base = baseTree == null ? null : tree(baseTree);
            byte[] slash = Arrays.copyOf(path, path.length + 1);
            slash[path.length] = '/';
            diff(base, tree(ObjectId.fromRaw(t, idAt(t, e))), slash, out);
            return;
        }
        String decoded = RawParseUtils.decode(path);
        out.add(new PathBlob(Normalizer.normalize(decoded, Normalizer.Form.NFC), ObjectId.fromRaw(t, idAt(t, e))));
    }

    /**
     * Offsets of {@code tb} from those of the older version {@code ta}: the entries before {@code start} are the
     * same, then {@code tb} is parsed until its remaining bytes are the common suffix and line up with an entry
     * start of {@code ta}, whose later offsets are then shifted by the change in length.
     */
    private static void derive(Tree ta, Tree tb, int k, int start, int suffix) {
        byte[] a = ta.bytes;
        byte[] b = tb.bytes;
        int[] oa = ta.offsets;
        int delta = b.length - a.length;
        int before = Math.max(k, 0);
        IntList ob = new IntList(oa.length + 8);
        for (int i = 0; i < before; i++) {
            ob.add(oa[i]);
        }
        boolean sorted = true;
        for (int pb = start; pb < b.length; pb = next(b, pb)) {
            if (ob.size > 0 && compare(b, ob.last(), b, pb) >= 0) {
                sorted = false;
            }
            int j = b.length - pb <= suffix ? Arrays.binarySearch(oa, pb - delta) : -1;
            if (j >= 0) {
                for (int i = j; i < oa.length; i++) {
                    ob.add(oa[i] + delta);
                }
                break;
            }
            ob.add(pb);
        }
        tb.offsets = ob.toArray();
        tb.sorted = sorted;
    }

    /** Index of the last offset at or before {@code pos}; -1 when none. */
    private static int lastAtOrBefore(int[] offsets, int pos) {
        int i = Arrays.binarySearch(offsets, pos);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * First entry named {@code name} (a tree when {@code wantTree}); -1 when there is none. Sorted trees are
     * searched by bisection: a file sorts before a folder of the same name, so looking for the file first and the
     * folder second finds the same entry as a scan from the start.
     */
    private static int find(Tree t, byte[] name, boolean wantTree) {
        t.offsets();
        if (!t.sorted) {
            return find(t.bytes, name, wantTree);
        }
        if (!wantTree) {
            int file = bisect(t, name, false);
            if (file >= 0) {
                return file;
            }
        }
        return bisect(t, name, true);
    }

    private static int bisect(Tree t, byte[] name, boolean tree) {
        int[] o = t.offsets;
        int lo = 0;
        int hi = o.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareKey(t.bytes, o[mid], name, tree);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return o[mid];
            }
        }
        return -1;
    }

    /** Entry {@code e} against a name of the given kind, in git's order. */
    private static int compareKey(byte[] t, int e, byte[] name, boolean tree) {
        int s = nameStart(t, e);
        int end = idAt(t, e) - 1;
        int len = end - s;
        int c = Arrays.compareUnsigned(t, s, s + Math.min(len, name.length), name, 0, Math.min(len, name.length));
        if (c != 0) {
            return c;
        }
        int lastE = len > name.length ? t[s + name.length] & 0xff : isTree(mode(t, e)) ? '/' : 0;
        int lastK = name.length > len ? name[len] & 0xff : tree ? '/' : 0;
        if (lastE != lastK) {
            return lastE - lastK;
        }
        return Integer.compare(len, name.length);
    }

    /** First entry named {@code name} (a tree when {@code wantTree}), scanning from the start. */
    private static int find(byte[] t, byte[] name, boolean wantTree) {
        for (int e = 0; e < t.length; e = next(t, e)) {
            int ns = nameStart(t, e);
            int ne = idAt(t, e) - 1;
            if (ne - ns == name.length && Arrays.equals(t, ns, ne, name, 0, name.length)
                    && (!wantTree || isTree(mode(t, e)))) {
                return e;
            }
        }
        return -1;
    }

    /** Git's entry order: names compare as bytes, a tree's name as if followed by '/'. */
    private static int compare(byte[] a, int ea, byte[] b, int eb) {
        int as = nameStart(a, ea);
        int ae = idAt(a, ea) - 1;
        int bs = nameStart(b, eb);
        int be = idAt(b, eb) - 1;
        int c = Arrays.compareUnsigned(a, as, Math.min(ae, as + (be - bs)), b, bs, Math.min(be, bs + (ae - as)));
        if (c != 0) {
            return c;
        }
        int lastA = ae - as > be - bs ? a[as + (be - bs)] & 0xff : isTree(mode(a, ea)) ? '/' : 0;
        int lastB = be - bs > ae - as ? b[bs + (ae - as)] & 0xff : isTree(mode(b, eb)) ? '/' : 0;
        if (lastA != lastB) {
            return lastA - lastB;
        }
        return Integer.compare(ae - as, be - bs);
    }

    private static int commonSuffix(byte[] a, byte[] b, int limit) {
        int max = Math.min(a.length, b.length) - limit;
        int n = 0;
        while (n < max && a[a.length - 1 - n] == b[b.length - 1 - n]) {
            n++;
        }
        return n;
    }

    private static boolean sameId(byte[] a, int ia, byte[] b, int ib) {
        return Arrays.equals(a, ia, ia + Constants.OBJECT_ID_LENGTH, b, ib, ib + Constants.OBJECT_ID_LENGTH);
    }

    private static byte[] path(byte[] prefix, byte[] t, int e) {
        int ns = nameStart(t, e);
        int ne = idAt(t, e) - 1;
        byte[] p = Arrays.copyOf(prefix, prefix.length + ne - ns);
        System.arraycopy(t, ns, p, prefix.length, ne - ns);
        return p;
    }

    /** An entry is "mode SP name NUL id"; the mode is octal digits. */
    private static int mode(byte[] t, int e) {
        int m = 0;
        for (int i = e; t[i] != ' '; i++) {
            m = (m << 3) + (t[i] - '0');
        }
        return m;
    }

    private static int nameStart(byte[] t, int e) {
        int i = e;
        while (t[i] != ' ') {
            i++;
        }
        return i + 1;
    }

    /** Offset of the entry's 20-byte id (just after the name's NUL). */
    private static int idAt(byte[] t, int e) {
        int i = nameStart(t, e);
        while (t[i] != 0) {
            i++;
        }
        return i + 1;
    }

    private static int next(byte[] t, int e) {
        return idAt(t, e) + Constants.OBJECT_ID_LENGTH;
    }

    private static boolean isTree(int mode) {
        return (mode & 0170000) == TREE_MODE;
    }

    private static int objectType(int mode) {
        return switch (mode & 0170000) {
            case 0100000, 0120000 -> Constants.OBJ_BLOB;
            case TREE_MODE -> Constants.OBJ_TREE;
            case 0160000 -> Constants.OBJ_COMMIT;
            default -> Constants.OBJ_BAD;
        };
    }
}
