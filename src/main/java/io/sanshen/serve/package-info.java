/**
 * Local preview: rebuilds the work tree (drafts and unapproved content watermarked) into a temporary directory,
 * serves it on 127.0.0.1 only, and reloads open pages when files change.
 *
 * <p>Allowed imports: diag, yaml, config, content, check, render, build (never {@code report}, its sibling).
 */
package io.sanshen.serve;
