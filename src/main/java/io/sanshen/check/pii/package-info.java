/**
 * Personal-information (隐私, PII) detection and masking (脱敏) for pages about to be published.
 *
 * <p>Pure text in, hits with char offsets out, in the spirit of Microsoft Presidio: a candidate is first found by
 * shape, then confirmed by a checksum ({@link io.sanshen.check.pii.ResidentId}, {@link io.sanshen.check.pii.Luhn},
 * {@link io.sanshen.check.pii.SocialCreditCode}, ...) and finally accepted or dropped by the words around it
 * (public-service phone numbers, organisation accounts, unified social credit codes, already-masked values,
 * nearby personal names). {@link io.sanshen.check.pii.PiiScanner} is the engine, {@link io.sanshen.check.pii.PiiPolicy}
 * the value it is built from, and {@link io.sanshen.check.pii.Masker} rewrites text with masked values.
 *
 * <p>Allowed imports: diag (for {@link io.sanshen.diag.HanChars}, the one definition of a Chinese character).
 */
package io.sanshen.check.pii;
