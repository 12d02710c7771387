/**
 * Rendering: publishable items → Flexmark HTML (links rewritten, raw HTML sanitized) → FreeMarker templates →
 * a complete static portal (home, column lists, item pages, taxonomy pages, feeds, sitemap, search index, 404),
 * written deterministically into a temporary directory and swapped into place atomically.
 *
 * <p>Allowed imports: diag, yaml, config, content, content.attachment (the renderer is handed the items to publish;
 * it decides nothing about review or checks).
 */
package io.sanshen.render;
