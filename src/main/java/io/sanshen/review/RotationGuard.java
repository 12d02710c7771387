package io.sanshen.review;

import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The second half of "order comes from the graph": a record signed with a key that some policy version in force
 * rotated out or revoked counts only if the record is an ancestor of the commit that brought that version in (it was
 * made before) or a descendant of it (it was then judged under it). A record made on a line that forked before the
 * rotation and was joined to it later does not count, whichever parent of the join the pusher made the first one:
 * merging main into an old branch and fast-forwarding main to it must not let a rotated-out key sign.
 */
final class RotationGuard {
    private RotationGuard() {
    }

    /** Node indexes of counted records that are concurrent with a policy version their key is not valid under. */
    static Set<Integer> concurrentWithRotation(HistoryScan scan, List<PolicyTimeline.Admission> admissions,
            List<LogEvent> log, LocalDate today) {
        if (admissions.size() < 2) {
            return new HashSet<>(); // one version judged every counted record: nothing was rotated under it
        }
        Map<String, Set<Integer>> byKey = new LinkedHashMap<>();
        ObjectId last = null;
        for (LogEvent e : log) {
            if (e.type() == LogEvent.Type.RECORD && !e.approval().commit().equals(last)) {
                last = e.approval().commit();
                byKey.computeIfAbsent(e.approval().keyFingerprint(), k -> new HashSet<>()).add(scan.node(last).index());
            }
        }
        Set<Integer> out = new HashSet<>();
        for (PolicyTimeline.Admission a : admissions) {
            SiteConfig config = a.version().config().orElse(null);
            if (config == null) {
                continue;
            }
            LocalDate day = dayOf(scan, a.node(), today);
            BitSet ancestors = null;
            BitSet descendants = null;
            for (Map.Entry<String, Set<Integer>> k : byKey.entrySet()) {
                Optional<Reviewer> who = config.review().reviewerByKey(k.getKey());
                if (who.isPresent() && who.get().validOn(day)) {
                    continue;
                }
                if (ancestors == null) {
                    ancestors = ancestors(scan, a.node());
                    descendants = descendants(scan, a.node());
                }
                for (int r : k.getValue()) {
                    if (!ancestors.get(r) && !descendants.get(r)) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static LocalDate dayOf(HistoryScan scan, int node, LocalDate today) {
        LocalDate d = LocalDate.ofInstant(scan.mainlineTime(scan.nodes().get(node).entry()), RecordEvaluator.CHINA);
        return d.isAfter(today) ? today : d;
    }

    private static BitSet ancestors(HistoryScan scan, int node) {
        BitSet seen = new BitSet();
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(node));
        seen.set(node);
        while (!todo.isEmpty()) {
            for (int p : scan.nodes().get(todo.pop()).parents()) {
                if (!seen.get(p)) {
                    seen.set(p);
                    todo.add(p);
                }
            }
        }
        return seen;
    }

    /** Parents come before children in the node order, so one forward pass finds every descendant. */
    private static BitSet descendants(HistoryScan scan, int node) {
        BitSet in = new BitSet();
        in.set(node);
        List<CommitNode> nodes = scan.nodes();
        for (int i = node + 1; i < nodes.size(); i++) {
            for (int p : nodes.get(i).parents()) {
                if (in.get(p)) {
                    in.set(i);
                    break;
                }
            }
        }
        return in;
    }
}
