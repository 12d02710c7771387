/**
 * The site's configuration ({@code site-config.yml}) decoded once into typed, immutable values: site identity,
 * units (责任单位), columns (栏目), navigation, vocabularies, checks and the review policy
 * (levels, reviewers and their parsed keys). Every mistake is a finding at file:line:col.
 *
 * <p>Allowed imports: diag, yaml, review.signature ({@code review.signature} is a leaf library that parses the
 * reviewers' keys; it knows no other package).
 */
package io.sanshen.config;
