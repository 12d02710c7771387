package io.sanshen.ledger;

import io.sanshen.config.Confidentiality;
import io.sanshen.config.ReviewLevel;
import io.sanshen.config.ReviewPolicy;
import io.sanshen.review.ApprovalRecord.Action;
import io.sanshen.review.ApprovalRecord.Level;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Follows counted records per item version and says when a version becomes fully approved, by the same rule
 * the review engine applies (every required level, the confidentiality attestation, no veto); that moment is the
 * version's publication. A version is published once, even when more approvals arrive later.
 */
final class Publications {
    private record Version(String path, ObjectId blob) {
    }

    private static final class State {
        final Map<Integer, List<String>> levels = new LinkedHashMap<>();
        boolean confidentiality;
        boolean rejected;
        boolean published;
    }

    private final Map<Version, State> states = new HashMap<>();

    /** Applies one counted record; true when it completes the approval of that version. */
    boolean apply(String path, ObjectId blob, Action action, Level level, List<String> checks, ReviewPolicy rp,
            boolean important) {
        State s = states.computeIfAbsent(new Version(path, blob), k -> new State());
        if (action == Action.WITHDRAW || level.admin()) {
            return false;
        }
        if (action == Action.REJECT) {
            s.rejected = true;
            return false;
        }
        if (level.confidentiality()) {
            s.confidentiality = true;
        } else {
            s.levels.putIfAbsent(level.number(), checks);
        }
        if (s.published || s.rejected || !complete(s, rp, important)) {
            return false;
        }
        s.published = true;
        return true;
    }

    private static boolean complete(State s, ReviewPolicy rp, boolean important) {
        for (ReviewLevel l : rp.required(important)) {
            if (!s.levels.containsKey(l.number())) {
                return false;
            }
        }
        Confidentiality c = rp.confidentiality();
        if (s.confidentiality) {
            return true;
        }
        List<String> atLevel = c.byRole() ? null : s.levels.get(c.level());
        return atLevel != null && atLevel.contains(Confidentiality.CHECK_WORD);
    }
}
