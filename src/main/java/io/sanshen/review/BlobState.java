package io.sanshen.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counted records for one (path, blob) and when, if ever, that version became fully approved. */
final class BlobState {
    final Map<Integer, Approval> levels = new LinkedHashMap<>();
    final Map<Integer, Integer> levelCommit = new LinkedHashMap<>();
    final Map<String, Approval> admins = new LinkedHashMap<>();
    final List<Approval> confidentiality = new ArrayList<>();
    Approval reject;
    /** Topological index of the record that completed the approval, or -1. */
    int completedAt = -1;
    /** Whether the version counted as important (needing 终审) when it completed. */
    boolean importantAtCompletion;

    boolean usedBy(String reviewer, int exceptLevel) {
        return levels.entrySet().stream().anyMatch(e -> e.getKey() != exceptLevel && e.getValue().reviewer().equals(reviewer));
    }

    List<Approval> all() {
        List<Approval> out = new ArrayList<>(levels.values());
        out.addAll(confidentiality);
        out.addAll(admins.values());
        if (reject != null) {
            out.add(reject);
        }
        return out;
    }
}
