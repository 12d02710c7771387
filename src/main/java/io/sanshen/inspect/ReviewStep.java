package io.sanshen.inspect;

import java.time.LocalDate;

/**
 * One counted review decision on an item version, and how long it took: from the version's submission (first level)
 * or the previous decision on the same version, to this record, in working days.
 *
 * @param level    {@code 1..4} or {@code confidentiality}
 * @param approved true for an approval, false for a rejection
 * @param workdays working days between {@code start} and {@code end} (the start day does not count)
 * @param onTime   whether {@code workdays} is within the policy's deadline ({@code review.deadline-days})
 */
public record ReviewStep(String path, String unitId, String level, String reviewer, LocalDate start, LocalDate end,
                         boolean approved, int workdays, boolean onTime) {
}
