/**
 * The review desk ({@code sanshen desk}): a local web application for reviewers who do not use a terminal. It
 * shows the queue of items waiting for the reviewer, each item rendered with the portal templates beside the
 * version now online with a character-level diff, the check findings, the approval history and the printable
 * forms, and records 同意 / 退回 / 失效 through {@link io.sanshen.approve.Decisions} — the same signed commits the
 * command line writes. It serves on the loopback address only, through the preview's server
 * ({@link io.sanshen.serve.LoopbackServer}: Host checked), and adds a session cookie, an Origin check and a
 * per-session token on every form.
 *
 * <p>Allowed imports: diag, yaml, config, content, review, review.signature, check, render, build, ledger, serve,
 * approve.
 */
package io.sanshen.desk;
