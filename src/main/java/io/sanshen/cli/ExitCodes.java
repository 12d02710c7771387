package io.sanshen.cli;

/** Exit codes, documented in the README. */
public final class ExitCodes {
    /** Everything passed. */
    public static final int OK = 0;
    /** Findings or unapproved content block the result. */
    public static final int FINDINGS = 1;
    /** Wrong command line or invalid configuration. */
    public static final int USAGE = 2;
    /** A bug or an I/O failure; the message says which. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
