/**
 * The shipped content rules, one small class per thing found ({@code SecrecyMarkRule}, {@code DeadLinkRule},
 * {@code PrivacyRule} …), all registered in {@link io.sanshen.check.StandardRules}. Rules compile their patterns
 * once; what several rules share (word matcher, PII scanner, attachment inspections) is built once per run and held
 * by {@link io.sanshen.check.rules.RunResources}. Positions come from the parsers (front matter field positions,
 * Flexmark node offsets), never from searching the text again afterwards.
 *
 * <p>Allowed imports: diag, yaml, config, content, content.attachment, check, check.pii, check.text, check.lm (never {@code
 * review}).
 */
package io.sanshen.check.rules;
