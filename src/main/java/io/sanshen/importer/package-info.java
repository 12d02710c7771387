/**
 * {@code sanshen import}: turns the document on the desk (.docx, .doc/.wps, .ofd, .xlsx/.csv) into an item. Each
 * format has a small reader that yields {@link io.sanshen.importer.Block}s; {@link io.sanshen.importer.GongwenLayout}
 * reads the GB/T 9704 elements (发文字号, 标题, 主送机关, 署名, 成文日期, 附件说明) off them into front matter;
 * {@link io.sanshen.importer.Importer} masks personal information as {@code sanshen mask} does and writes the item
 * inside its column, never over an existing one unless asked.
 *
 * <p>Allowed imports: diag, yaml, config, content, content.attachment, check, check.fix, check.pii, check.rules,
 * check.text.
 */
package io.sanshen.importer;
