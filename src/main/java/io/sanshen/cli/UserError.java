package io.sanshen.cli;

import io.sanshen.diag.Text;

/**
 * A mistake in how the user set things up (a shallow clone, a busy port), found deep inside a command: the
 * {@link ErrorHandler} prints its message in the user's language and exits with {@link ExitCodes#USAGE}, no trace.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Text problem;

    UserError(Text problem) {
        super(problem.en());
        this.problem = problem;
    }

    Text problem() {
        return problem;
    }
}
