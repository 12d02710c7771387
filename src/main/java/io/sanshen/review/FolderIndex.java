package io.sanshen.review;

import static io.sanshen.review.TreeEntries.compare;
import static io.sanshen.review.TreeEntries.compareKey;
import static io.sanshen.review.TreeEntries.findLinear;
import static io.sanshen.review.TreeEntries.next;

import java.util.Arrays;

/**
 * A tree's bytes and the offset of each entry. Offsets of a new version of a folder are derived from the old
 * version's (same up to the first changed byte, shifted after it), so a big folder is parsed in full only once, and
 * a name is found by bisection. An unsorted (malformed) tree is only ever searched linearly, as JGit reads it.
 */
final class FolderIndex {
    final byte[] bytes;
    private int[] offsets;
    private boolean sorted = true;

    FolderIndex(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean hasOffsets() {
        return offsets != null;
    }

    boolean sorted() {
        offsets();
        return sorted;
    }

    /** Entry offsets, parsed in full on first use unless derived from an older version. */
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

    /**
     * Takes this version's offsets from those of the older, sorted version {@code ta}: its first {@code k} entries
     * (those before {@code start}) are the same, then this tree is parsed until its remaining bytes are the common
     * suffix ({@code suffix} bytes) and line up with an entry start of {@code ta}, whose later offsets are then
     * shifted by the change in length.
     */
    void deriveFrom(FolderIndex ta, int k, int start, int suffix) {
        byte[] a = ta.bytes;
        byte[] b = bytes;
        int[] oa = ta.offsets();
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
        this.offsets = ob.toArray();
        this.sorted = sorted;
    }

    /** Index of the last offset at or before {@code pos}; -1 when none. */
    static int lastAtOrBefore(int[] offsets, int pos) {
        int i = Arrays.binarySearch(offsets, pos);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * First entry named {@code name} (a tree when {@code wantTree}); -1 when there is none. Sorted trees are
     * searched by bisection: a file sorts before a folder of the same name, so looking for the file first and the
     * folder second finds the same entry as a scan from the start.
     */
    int find(byte[] name, boolean wantTree) {
        if (!sorted()) {
            return findLinear(bytes, name, wantTree);
        }
        if (!wantTree) {
            int file = bisect(name, false);
            if (file >= 0) {
                return file;
            }
        }
        return bisect(name, true);
    }

    private int bisect(byte[] name, boolean tree) {
        int[] o = offsets;
        int lo = 0;
        int hi = o.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareKey(bytes, o[mid], name, tree);
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
}
