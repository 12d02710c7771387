/**
 * Inspection of an item's attachments before publication: detects the real file type from its bytes, extracts the
 * text with a stable location (page, sheet!cell, paragraph) so that the same word and privacy rules as the page can
 * run over it, and finds what a document leaks beyond its visible text (tracked changes, comments, hidden sheets,
 * GPS positions in images, author names, macros, encryption that prevents checking).
 *
 * <p>A pure library over bytes: it knows no other Sanshen package. {@link io.sanshen.content.attachment.AttachmentInspector}
 * is the entry point; it never throws for bad input, it reports problems in the returned
 * {@link io.sanshen.content.attachment.Inspection}.
 *
 * <p>Allowed imports: none (no other Sanshen package).
 */
package io.sanshen.content.attachment;
