/**
 * Safe YAML reading with source positions: documents are composed into SnakeYAML nodes (never into arbitrary
 * objects), with alias, nesting and size limits, and read through typed accessors that report mistakes as findings
 * at {@code file:line:col}, including unknown keys with a "did you mean" suggestion.
 *
 * <p>Allowed imports: diag.
 */
package io.sanshen.yaml;
