/**
 * Automatic fixes of content findings, applied to the item files in the work tree: {@link
 * io.sanshen.check.fix.MaskFixer} masks personal information (脱敏) and shows what it changed as a diff.
 *
 * <p>Allowed imports: diag, yaml, config, content, content.attachment, check, check.rules, check.pii, check.text.
 */
package io.sanshen.check.fix;
