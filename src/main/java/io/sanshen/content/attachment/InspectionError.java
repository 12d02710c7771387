package io.sanshen.content.attachment;

import java.util.Objects;

/**
 * A reason the inspection is incomplete. Collected, never thrown: an attachment with errors has not been fully
 * checked, and callers decide whether that blocks publication.
 *
 * @param kind   what went wrong
 * @param detail technical detail (exception message, limit reached), language-neutral
 */
public record InspectionError(ProblemKind kind, String detail) {

    public InspectionError {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** One line for people. */
    public String message(String lang) {
        return detail.isEmpty() ? kind.title(lang) : kind.title(lang) + " (" + detail + ")";
    }
}
