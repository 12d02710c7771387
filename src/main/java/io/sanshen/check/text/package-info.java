/**
 * Fast dictionary engine for the wording checks (错别字, 禁用语, 敏感词, 不规范用语, 严重表述错误): plain text in,
 * hits at original char offsets out. {@link io.sanshen.check.text.TextNormalizer} folds look-alike spellings
 * (full-width, case, traditional characters, noise between characters); {@link io.sanshen.check.text.WordMatcher}
 * finds the terms of all word lists in one Aho-Corasick pass; {@link io.sanshen.check.text.NearMissMatcher} finds
 * one-edit slips in canonical official phrases. Lists are plain text files read by
 * {@link io.sanshen.check.text.WordListLoader} and {@link io.sanshen.check.text.PhraseListLoader}, whose mistakes
 * come back as {@link io.sanshen.check.text.LoadProblem}s. This package depends on no other Sanshen package.
 *
 * <p>Allowed imports: none (no other Sanshen package).
 */
package io.sanshen.check.text;
