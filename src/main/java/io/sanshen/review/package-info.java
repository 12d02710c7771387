/**
 * Signed multi-level review from Git history: approval records (empty signed commits with {@code Sanshen-*}
 * trailers) are read from everything reachable from HEAD, verified against the keys of the admin-approved site
 * policy only, and applied in history order ({@link io.sanshen.review.ReviewEngine}). The result says, per file
 * at HEAD, whether its exact bytes are approved, what is missing and by when ({@link io.sanshen.review.WorkdayCalendar}),
 * and which version the build may publish ({@link io.sanshen.review.ApprovedSource}). Every record that does not
 * count is reported with an {@link io.sanshen.review.IgnoreReason}.
 *
 * <p>Allowed imports: diag, yaml, config, content, review.signature.
 */
package io.sanshen.review;
