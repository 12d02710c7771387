/**
 * The content review engine: every rule the regulations name runs over each item in one pass (Markdown parsed once,
 * dictionaries and automata built once per run), giving findings with file:line:col, severity and a fix.
 * Rules live in {@link io.sanshen.check.rules}, one small class each, all listed in {@link RuleRegistry}.
 *
 * <p>Allowed imports: diag, yaml, config, content, content.attachment, check.rules, check.pii, check.text,
 * check.fix (never {@code review}: rules that need review data run in {@code build}).
 */
package io.sanshen.check;
