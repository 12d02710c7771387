package io.sanshen.review.signature;

/** Signing an approval commit failed for a reason the user can act on (missing, encrypted or unusable key). */
public final class SigningException extends Exception {
    private final transient Message problem;

    SigningException(Message problem) {
        super(problem.toString());
        this.problem = problem;
    }

    SigningException(Message problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The bilingual description of what went wrong. */
    public Message problem() {
        return problem;
    }
}
