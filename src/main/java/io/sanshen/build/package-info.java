/**
 * The one entry point that runs a build's named phases in order — review, config, content, check, select, render,
 * write — and reports what was published, what was left out and why. A publishing build reads only the approved
 * view of HEAD (content and policy files at their last fully approved bytes) and fails closed without Git or
 * reviewers; {@code --preview} renders the work tree with unapproved items watermarked; {@code --no-review} is for
 * local experiments only. Rules that need review data ({@code format.backdated}) and reviewers' waivers
 * ({@link io.sanshen.build.Waivers}) are applied here, since io.sanshen.check must not know review. Failures carry
 * the phase they happened in.
 *
 * <p>Allowed imports: diag, yaml, config, content, content.attachment, review, review.signature, check,
 * check.rules, check.pii, check.text, render.
 */
package io.sanshen.build;
