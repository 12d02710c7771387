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

    /**
     * Admissions of a policy version that a concurrent admin approval of site-config.yml contests: an approval made on
     * another line under the version before it, by a key that version accepted as an admin, that did not count only
     * because the contested version had come into force first (its key unknown, revoked, or no longer an admin). Two
     * policy changes from one base on two lines are a fork; which line is "first" is the pusher's choice, so the
     * version that came first does not win by that: it is left out, and the other is judged again.
     *
     * @param ignoredByGuard records this round already left out as concurrent (they contest nothing)
     */
    static Set<Integer> contestedAdmissions(HistoryScan scan, List<PolicyTimeline.Admission> admissions,
            List<IgnoredRecord> ignored, Map<Integer, io.sanshen.review.signature.Verification> verified,
            Set<Integer> ignoredByGuard, LocalDate today) {
        Set<Integer> out = new HashSet<>();
        if (admissions.size() < 2) {
            return out;
        }
        Set<Integer> contenders = new java.util.TreeSet<>();
        for (IgnoredRecord i : ignored) {
            int node = scan.node(i.commit()).index();
            if (!ignoredByGuard.contains(node) && KEY_REASONS.contains(i.reason()) && approvesConfig(scan, node)) {
                contenders.add(node);
            }
        }
        for (int k = 1; k < admissions.size() && !contenders.isEmpty(); k++) {
            PolicyTimeline.Admission a = admissions.get(k);
            SiteConfig before = admissions.get(k - 1).version().config().orElse(null);
            if (before == null) {
                continue;
            }
            BitSet ancestors = ancestors(scan, a.node());
            BitSet descendants = descendants(scan, a.node());
            for (int r : contenders) {
                io.sanshen.review.signature.Verification v = verified.get(r);
                Optional<Reviewer> who = v == null || !v.isGood() ? Optional.empty()
                        : before.review().reviewerByKey(v.keyFingerprint());
                if (who.isPresent() && before.review().isAdmin(who.get().name()) && who.get().validOn(dayOf(scan, r, today))
                        && !ancestors.get(r) && !descendants.get(r)) {
                    out.add(a.node());
                }
            }
        }
        return out;
    }

    private static final Set<IgnoreReason> KEY_REASONS = Set.of(IgnoreReason.UNKNOWN_KEY,
            IgnoreReason.REVOKED_KEY, IgnoreReason.NOT_ADMIN, IgnoreReason.POLICY_NOT_APPROVED);

    private static boolean approvesConfig(HistoryScan scan, int node) {
        HistoryScan.ParsedRecord r = scan.record(scan.nodes().get(node));
        return r != null && r.record().map(rec -> rec.level().admin()
                && rec.action() == ApprovalRecord.Action.APPROVE
                && rec.items().stream().anyMatch(i -> i.path().equals(SiteConfig.FILE))).orElse(false);
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
