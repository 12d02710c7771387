package io.sanshen.build;

import io.sanshen.diag.Text;

/** An item that exists but was not published, and why (draft, expired, not approved, blocked by a check …). */
public record Exclusion(String path, Text reason) {
}
