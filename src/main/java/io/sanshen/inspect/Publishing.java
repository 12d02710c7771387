package io.sanshen.inspect;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * 信息发布量: new items going online per month (edits of an online item are not new), per unit and per column, over
 * the months shown ({@code months}, oldest first).
 */
public record Publishing(List<YearMonth> months, int[] total, Map<String, int[]> byUnit, Map<String, int[]> byColumn) {
    public Publishing {
        months = List.copyOf(months);
        byUnit = Collections.unmodifiableMap(new TreeMap<>(byUnit));
        byColumn = Collections.unmodifiableMap(new TreeMap<>(byColumn));
    }

    static Publishing of(List<Release> releases, List<YearMonth> months) {
        int[] total = count(releases, months, r -> "").getOrDefault("", new int[months.size()]);
        return new Publishing(months, total, count(releases, months, Release::unitId),
                count(releases, months, Release::columnId));
    }

    private static Map<String, int[]> count(List<Release> releases, List<YearMonth> months, Function<Release, String> key) {
        Map<String, int[]> out = new TreeMap<>();
        YearMonth first = months.get(0);
        for (Release r : releases) {
            long i = first.until(YearMonth.from(r.onlineDay()), ChronoUnit.MONTHS);
            if (r.first() && i >= 0 && i < months.size()) {
                out.computeIfAbsent(key.apply(r), k -> new int[months.size()])[(int) i]++;
            }
        }
        return out;
    }

    /** The months from {@code last} back, {@code count} of them, oldest first. */
    static List<YearMonth> monthsUpTo(YearMonth last, int count) {
        List<YearMonth> out = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            out.add(last.minusMonths(i));
        }
        return out;
    }
}
