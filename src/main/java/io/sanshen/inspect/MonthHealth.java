package io.sanshen.inspect;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * 内容健康 at the end of one month: the checks' findings over the tree of the last mainline commit on or before
 * {@code end}, by rule, without the warnings the reviewers waived (counted apart).
 *
 * @param tree   the tree checked; empty when the site had no commit yet
 * @param byRule open findings by rule
 * @param waived findings waived by the approvals' {@code Sanshen-Waive}
 */
public record MonthHealth(YearMonth month, LocalDate end, String tree, Map<String, Integer> byRule, int waived) {
    public MonthHealth {
        byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
    }

    /** Open findings, all rules. */
    public int open() {
        return byRule.values().stream().mapToInt(Integer::intValue).sum();
    }
}
