package io.sanshen.check.text;

import java.util.Arrays;
import java.util.List;

/**
 * Lays a trie of patterns out as a double array (base/check), breadth first, from the sorted pattern list: the
 * patterns sharing a prefix form one contiguous range, so no pointer trie is ever materialized. Free slots are
 * found first-fit with a union-find "next free slot" index, which keeps building 50,000 terms well under
 * a second. Also records each state's children and the BFS order, which {@link AhoCorasick} needs for its failure
 * links.
 */
final class DoubleArrayBuilder {

    private static final int FREE = -1;

    final char[] codeOf = new char[65536];
    int[] base = new int[1024];
    int[] check = new int[1024];
    int[] output = new int[1024];
    int[] childStart = new int[1024];
    int[] childCount = new int[1024];
    int[] children = new int[1024];
    int[] bfsOrder = new int[1024];
    int stateCount;

    private final int alphabetSize;
    private int[] freeAfter = new int[1024];
    private int childrenSize;
    private int maxBase;
    private int multiChildStart;

    DoubleArrayBuilder(List<String> patterns) {
        alphabetSize = assignCodes(patterns);
        Arrays.fill(check, FREE);
        Arrays.fill(output, FREE);
        for (int i = 0; i < freeAfter.length; i++) {
            freeAfter[i] = i;
        }
        freeAfter[0] = 1;
        Integer[] sorted = new Integer[patterns.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> patterns.get(a).compareTo(patterns.get(b)));
        layOut(patterns, sorted);
    }

    /** Array length that keeps every {@code base[s] + code} in bounds. */
    int size() {
        return maxBase + alphabetSize + 1;
    }

    private int assignCodes(List<String> patterns) {
        boolean[] seen = new boolean[65536];
        for (String p : patterns) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty pattern");
            }
            for (int i = 0; i < p.length(); i++) {
                seen[p.charAt(i)] = true;
            }
        }
        int next = 0;
        for (int c = 0; c < 65536; c++) {
            if (seen[c]) {
                codeOf[c] = (char) ++next;
            }
        }
        return next;
    }

    private void layOut(List<String> patterns, Integer[] sorted) {
        // queue entries: state, lo, hi, depth
        int[] queue = new int[64];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        queue[tail++] = 0;
        queue[tail++] = sorted.length;
        queue[tail++] = 0;
        check[0] = -2;
        int[] codes = new int[alphabetSize + 1];
        int[] los = new int[alphabetSize + 1];
        int[] his = new int[alphabetSize + 1];
        while (head < tail) {
            int state = queue[head++];
            int lo = queue[head++];
            int hi = queue[head++];
            int depth = queue[head++];
            if (stateCount == bfsOrder.length) {
                bfsOrder = Arrays.copyOf(bfsOrder, stateCount * 2);
            }
            bfsOrder[stateCount++] = state;
            int groups = 0;
            for (int i = lo; i < hi; i++) {
                String p = patterns.get(sorted[i]);
                if (p.length() == depth) {
                    output[state] = sorted[i];
                    continue;
                }
                int code = codeOf[p.charAt(depth)];
                if (groups > 0 && codes[groups - 1] == code) {
                    his[groups - 1] = i + 1;
                } else {
                    codes[groups] = code;
                    los[groups] = i;
                    his[groups] = i + 1;
                    groups++;
                }
            }
            childStart[state] = childrenSize;
            childCount[state] = groups;
            if (groups == 0) {
                base[state] = 0;
                continue;
            }
            int b = findBase(codes, groups);
            base[state] = b;
            maxBase = Math.max(maxBase, b);
            ensureChildren(childrenSize + groups);
            if (tail + 4 * groups > queue.length) {
                queue = Arrays.copyOf(queue, Math.max(queue.length * 2, tail + 4 * groups));
            }
            for (int g = 0; g < groups; g++) {
                int t = b + codes[g];
                check[t] = state;
                children[childrenSize++] = t;
                queue[tail++] = t;
                queue[tail++] = los[g];
                queue[tail++] = his[g];
                queue[tail++] = depth + 1;
            }
            if (head > 1 << 20) {
                queue = Arrays.copyOfRange(queue, head, queue.length);
                tail -= head;
                head = 0;
            }
        }
        ensure(size());
    }

    /**
     * First-fit: tries the free slots from the first possible one upwards, skipping occupied runs at once. A state
     * with several children rarely fits into a fragmented stretch, so once such a search has had to try many slots,
     * later multi-child searches start where it ended (single-child states still fill the holes left behind).
     */
    private int findBase(int[] codes, int n) {
        int first = codes[0];
        int tried = 0;
        int from = n == 1 ? first + 1 : Math.max(first + 1, multiChildStart);
        for (int pos = nextFree(from); ; pos = nextFree(pos + 1)) {
            tried++;
            int begin = pos - first;
            ensure(begin + codes[n - 1] + 1);
            int k = 1;
            while (k < n && check[begin + codes[k]] == FREE) {
                k++;
            }
            if (k == n) {
                for (int j = 0; j < n; j++) {
                    freeAfter[begin + codes[j]] = begin + codes[j] + 1;
                }
                if (n > 1 && tried > 32) {
                    multiChildStart = pos;
                }
                return begin;
            }
        }
    }

    /**
     * Smallest free slot at or after {@code pos}: {@code freeAfter} is a union-find forest whose roots are the free
     * slots (an occupied slot points further right), compressed as it is walked.
     */
    private int nextFree(int pos) {
        ensure(pos + 1);
        int root = pos;
        while (freeAfter[root] != root) {
            root = freeAfter[root];
            ensure(root + 1);
        }
        while (freeAfter[pos] != root) {
            int next = freeAfter[pos];
            freeAfter[pos] = root;
            pos = next;
        }
        return root;
    }

    private void ensure(int length) {
        if (length <= check.length) {
            return;
        }
        int old = check.length;
        int size = Math.max(length, old + (old >> 1));
        base = Arrays.copyOf(base, size);
        check = Arrays.copyOf(check, size);
        output = Arrays.copyOf(output, size);
        childStart = Arrays.copyOf(childStart, size);
        childCount = Arrays.copyOf(childCount, size);
        freeAfter = Arrays.copyOf(freeAfter, size);
        Arrays.fill(check, old, size, FREE);
        Arrays.fill(output, old, size, FREE);
        for (int i = old; i < size; i++) {
            freeAfter[i] = i;
        }
    }

    private void ensureChildren(int length) {
        if (length > children.length) {
            children = Arrays.copyOf(children, Math.max(length, children.length * 2));
        }
    }
}
