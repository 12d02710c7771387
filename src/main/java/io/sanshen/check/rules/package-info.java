/**
 * The shipped content rules, one small class per thing found ({@code DeadLinkRule}, {@code PrivacyRule} …), all
 * registered in {@link io.sanshen.check.StandardRules}. What several rules share is built once per run and held by
 * {@link io.sanshen.check.rules.RunResources}; positions always come from Flexmark node offsets.
 */
package io.sanshen.check.rules;
