package io.sanshen.check;

import io.sanshen.diag.Text;

/** A rule as listed to users and in SARIF: its id, what it finds, and whether it looks at one item or all. */
public record RuleInfo(String id, Text description, boolean siteWide) {
}
