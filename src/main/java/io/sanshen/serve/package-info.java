/**
 * Local preview: rebuilds the work tree (drafts and unapproved content watermarked) into a temporary directory,
 * serves it on 127.0.0.1 only, and reloads open pages when files change.
 */
package io.sanshen.serve;
