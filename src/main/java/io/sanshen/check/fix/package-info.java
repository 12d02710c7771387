/**
 * Automatic fixes of content findings, applied to the item files in the work tree: {@link
 * io.sanshen.check.fix.MaskFixer} masks personal information (脱敏) and shows what it changed as a diff.
 */
package io.sanshen.check.fix;
