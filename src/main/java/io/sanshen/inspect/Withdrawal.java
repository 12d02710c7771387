package io.sanshen.inspect;

import java.time.LocalDate;

/** An approved withdrawal (撤稿/失效) of an item: from {@code day} on, no version of {@code path} is online. */
public record Withdrawal(String path, String unitId, LocalDate day) {
}
