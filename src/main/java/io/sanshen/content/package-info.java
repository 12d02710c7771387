/**
 * The content model: items (信息) read from {@code content/} — front matter with the 政府信息公开 metadata, the
 * Markdown body, attachments — from the work tree or from a Git tree. Paths never leave the repository; text must be
 * UTF-8; every mistake is a finding at file:line:col.
 *
 * <p>Allowed imports: diag, yaml, config, content.attachment.
 */
package io.sanshen.content;
