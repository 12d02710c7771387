/**
 * A word bigram language model over HanLP portable's core dictionary and bigram table, for judging confusable
 * characters in context ({@code text.confusable}). {@link io.sanshen.check.lm.HanlpData} points HanLP at the data in
 * its own jar and nowhere else (nothing is ever written); {@link io.sanshen.check.lm.WordModel} scores a short run of
 * text by its best segmentation; {@link io.sanshen.check.lm.ConfusionSet} says which characters are confusable
 * (same pinyin, similar shape); {@link io.sanshen.check.lm.PartOfSpeech} reads the dictionary's parts of speech (地
 * before a verb, 的 before a noun); {@link io.sanshen.check.lm.ConfusableFinder} puts them together, and
 * {@link io.sanshen.check.lm.DroppedCharacterFinder} uses the same model for words that lost a character
 * ({@code text.missing-character}). HanLP loads on first use, so runs that do not check text never pay for it.
 *
 * <p>Allowed imports: diag (for {@link io.sanshen.diag.HanChars}, the one definition of a Chinese character).
 */
package io.sanshen.check.lm;
