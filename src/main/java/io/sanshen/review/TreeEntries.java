package io.sanshen.review;

import java.util.Arrays;
import org.eclipse.jgit.lib.Constants;

/**
 * Reading one entry of a raw Git tree ("mode SP name NUL 20-byte-id") at a byte offset, and git's entry order.
 * Static helpers for {@link RawTrees} and {@link FolderIndex}; nothing here allocates.
 */
final class TreeEntries {
    static final int TREE_MODE = 040000;

    private TreeEntries() {
    }

    /** An entry is "mode SP name NUL id"; the mode is octal digits. */
    static int mode(byte[] t, int e) {
        int m = 0;
        for (int i = e; t[i] != ' '; i++) {
            m = (m << 3) + (t[i] - '0');
        }
        return m;
    }

    static int nameStart(byte[] t, int e) {
        int i = e;
        while (t[i] != ' ') {
            i++;
        }
        return i + 1;
    }

    /** Offset of the entry's 20-byte id (just after the name's NUL). */
    static int idAt(byte[] t, int e) {
        int i = nameStart(t, e);
        while (t[i] != 0) {
            i++;
        }
        return i + 1;
    }

    static int next(byte[] t, int e) {
        return idAt(t, e) + Constants.OBJECT_ID_LENGTH;
    }

    static boolean isTree(int mode) {
        return (mode & 0170000) == TREE_MODE;
    }

    static int objectType(int mode) {
        return switch (mode & 0170000) {
            case 0100000, 0120000 -> Constants.OBJ_BLOB;
            case TREE_MODE -> Constants.OBJ_TREE;
            case 0160000 -> Constants.OBJ_COMMIT;
            default -> Constants.OBJ_BAD;
        };
    }
    static boolean sameId(byte[] a, int ia, byte[] b, int ib) {
        return Arrays.equals(a, ia, ia + Constants.OBJECT_ID_LENGTH, b, ib, ib + Constants.OBJECT_ID_LENGTH);
    }

    /** Git's entry order: names compare as bytes, a tree's name as if followed by '/'. */
    static int compare(byte[] a, int ea, byte[] b, int eb) {
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

    /** Entry {@code e} against a name of the given kind, in git's order. */
    static int compareKey(byte[] t, int e, byte[] name, boolean tree) {
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
    static int findLinear(byte[] t, byte[] name, boolean wantTree) {
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

}
