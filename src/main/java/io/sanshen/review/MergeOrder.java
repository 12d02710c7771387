package io.sanshen.review;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The commits of a history ordered by where they enter the first-parent history of HEAD: the mainline commits in
 * order, each preceded by the commits it merges in (in topological order). This is still parents-before-children, and
 * it is the order records are judged in: a record made on a side branch is judged where it is merged, under the policy
 * then in force, whatever dates it carries.
 *
 * @param commits       the commits in merge order
 * @param entries       per commit (same index): the mainline position of the commit that brought it in
 * @param mainlineTimes per mainline position: the latest committer time of the mainline up to it (never goes back)
 */
record MergeOrder(List<RevCommit> commits, List<Integer> entries, List<Instant> mainlineTimes) {

    /** @param topo every commit reachable from {@code head}, parents first */
    static MergeOrder of(List<RevCommit> topo, RevCommit head) {
        Map<ObjectId, Integer> pos = new HashMap<>(topo.size() * 2);
        for (int i = 0; i < topo.size(); i++) {
            pos.put(topo.get(i), i);
        }
        List<RevCommit> mainline = new ArrayList<>();
        for (RevCommit c = head; c != null; c = c.getParentCount() > 0 ? c.getParent(0) : null) {
            mainline.add(c);
        }
        Collections.reverse(mainline);
        int[] entryOf = new int[topo.size()];
        Arrays.fill(entryOf, -1);
        ArrayDeque<RevCommit> todo = new ArrayDeque<>();
        List<Instant> times = new ArrayList<>(mainline.size());
        long latest = Long.MIN_VALUE;
        for (int m = 0; m < mainline.size(); m++) {
            RevCommit c = mainline.get(m);
            entryOf[pos.get(c)] = m;
            latest = Math.max(latest, c.getCommitterIdent().getWhenAsInstant().toEpochMilli());
            times.add(Instant.ofEpochMilli(latest));
            todo.addAll(Arrays.asList(c.getParents()));
            while (!todo.isEmpty()) {
                RevCommit p = todo.pop();
                int at = pos.get(p);
                if (entryOf[at] < 0) {
                    entryOf[at] = m;
                    todo.addAll(Arrays.asList(p.getParents()));
                }
            }
        }
        // a stable bucket sort by entry keeps the topological order inside each merge
        int[] start = new int[mainline.size() + 1];
        for (int e : entryOf) {
            start[e + 1]++;
        }
        for (int m = 0; m < mainline.size(); m++) {
            start[m + 1] += start[m];
        }
        RevCommit[] out = new RevCommit[topo.size()];
        Integer[] entries = new Integer[topo.size()];
        for (int i = 0; i < topo.size(); i++) {
            int slot = start[entryOf[i]]++;
            out[slot] = topo.get(i);
            entries[slot] = entryOf[i];
        }
        return new MergeOrder(Arrays.asList(out), Arrays.asList(entries), times);
    }
}
