package io.sanshen.review.signature;

/**
 * A key text could not be read. Carries a bilingual message meant to be shown as is (config errors), so callers
 * need not print a stack trace.
 */
public final class KeyParseException extends IllegalArgumentException {
    private final transient Message problem;

    KeyParseException(Message problem) {
        super(problem.toString());
        this.problem = problem;
    }

    KeyParseException(Message problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The bilingual description of what is wrong with the key text. */
    public Message problem() {
        return problem;
    }
}
