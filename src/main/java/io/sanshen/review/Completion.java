package io.sanshen.review;

import io.sanshen.config.Confidentiality;
import io.sanshen.config.ReviewLevel;
import io.sanshen.config.ReviewPolicy;
import java.util.Optional;

/** When a file version counts as fully approved, and which step it waits for otherwise. */
final class Completion {
    static final String CONFIDENTIALITY = "confidentiality";
    static final String ADMIN = "admin";
    /** A deleted content file waits for an approved withdrawal. */
    static final String WITHDRAW = "withdraw";

    private Completion() {
    }

    static boolean complete(BlobState s, ReviewPolicy rp, boolean important) {
        return s.reject == null && next(s, rp, important).isEmpty();
    }

    static boolean policyComplete(BlobState s, ReviewPolicy rp) {
        return s.reject == null && s.admins.size() >= rp.adminThreshold();
    }

    /** The first missing step: a level number as text, {@code confidentiality}, or empty when complete. */
    static Optional<String> next(BlobState s, ReviewPolicy rp, boolean important) {
        for (ReviewLevel l : rp.required(important)) {
            if (!s.levels.containsKey(l.number())) {
                return Optional.of(Integer.toString(l.number()));
            }
        }
        return confidentialityDone(s, rp.confidentiality()) ? Optional.empty() : Optional.of(CONFIDENTIALITY);
    }

    private static boolean confidentialityDone(BlobState s, Confidentiality c) {
        if (!s.confidentiality.isEmpty()) {
            return true;
        }
        if (c.byRole()) {
            return false;
        }
        Approval a = s.levels.get(c.level());
        return a != null && a.checks().contains(Confidentiality.CHECK_WORD);
    }
}
