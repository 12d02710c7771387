/**
 * Diagnostics shared by every phase: positions in source files, bilingual messages, and findings.
 * Everything a user can get wrong is reported through these values instead of exceptions. Also the basics every
 * package shares: the one JSON writer ({@link io.sanshen.diag.Json}).
 *
 * <p>Allowed imports: none (no other Sanshen package).
 */
package io.sanshen.diag;
