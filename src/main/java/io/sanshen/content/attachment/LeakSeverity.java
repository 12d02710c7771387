package io.sanshen.content.attachment;

/** How a leak weighs on publication. */
public enum LeakSeverity {
    /** The attachment must not be published as it is. */
    BLOCKER,
    /** A reviewer should look before approving. */
    WARNING,
    /** Worth knowing; does not stop publication. */
    INFO
}
