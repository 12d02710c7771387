/**
 * Output formats for check findings, one small class each behind {@link io.sanshen.report.FindingFormat}: human
 * text with carets, stable JSON, SARIF 2.1.0 for code scanning, and GitHub Actions workflow commands.
 * Formats only present findings; they never decide what is a finding.
 *
 * <p>Allowed imports: diag, yaml, config, content, check, render, build (never {@code serve}, its sibling).
 */
package io.sanshen.report;
