package io.sanshen.build;

import io.sanshen.diag.Finding;
import java.util.List;

/** A build stopped by the user's input (not a bug): the phase, and the findings that explain it. */
public final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final Phase phase;
    private final transient List<Finding> findings;

    public BuildFailure(Phase phase, List<Finding> findings) {
        super(phase + ": " + findings.size() + " problem(s)");
        this.phase = phase;
        this.findings = List.copyOf(findings);
    }

    public Phase phase() {
        return phase;
    }

    public List<Finding> findings() {
        return findings;
    }
}
