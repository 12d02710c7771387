package io.sanshen.serve;

import io.sanshen.diag.Text;

/** A request the preview answers with an error status and a short bilingual page instead of serving it. */
public final class Refusal extends Exception {
    private final int status;
    private final Text why;

    public Refusal(int status, Text why) {
        super(why.en(), null, false, false);
        this.status = status;
        this.why = why;
    }

    static Refusal badRequest(Text why) {
        return new Refusal(400, why);
    }

    int status() {
        return status;
    }

    Text why() {
        return why;
    }
}
