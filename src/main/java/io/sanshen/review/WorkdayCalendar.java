package io.sanshen.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working days in mainland China: Monday–Friday, minus statutory holidays, plus 调休 weekend working days, as the
 * State Council's yearly notices set them. The years whose notice ships in {@code workdays-cn.tsv} (one
 * {@code # YYYY:} line each) are covered; sites add later years (or a December change made by next year's notice)
 * through {@code review.holidays} and {@code review.workdays}, and a year with a day in {@code review.holidays}
 * counts as covered. In a year nobody covers, only weekends are days off: {@link #gaps} says so.
 */
public final class WorkdayCalendar {
    private static final String RESOURCE = "workdays-cn.tsv";
    private static final Pattern NOTICE = Pattern.compile("^# (\\d{4}): ");

    private final Set<LocalDate> off;
    private final Set<LocalDate> work;
    private final SortedSet<Integer> years;

    private WorkdayCalendar(Set<LocalDate> off, Set<LocalDate> work, SortedSet<Integer> years) {
        this.off = Set.copyOf(off);
        this.work = Set.copyOf(work);
        this.years = Collections.unmodifiableSortedSet(years);
    }

    /** The shipped calendar extended with the site's own days; an explicit site day wins over the shipped one. */
    public static WorkdayCalendar china(Collection<LocalDate> extraHolidays, Collection<LocalDate> extraWorkdays) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        SortedSet<Integer> years = new TreeSet<>();
        try (InputStream in = WorkdayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher notice = NOTICE.matcher(line);
                if (notice.find()) {
                    years.add(Integer.parseInt(notice.group(1)));
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String[] range = f[0].split("\\.\\.");
                LocalDate first = LocalDate.parse(range[0]);
                LocalDate last = range.length > 1 ? LocalDate.parse(range[1]) : first;
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    (f[1].equals("work") ? work : off).add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        off.removeAll(extraWorkdays);
        work.removeAll(extraHolidays);
        off.addAll(extraHolidays);
        work.addAll(extraWorkdays);
        extraHolidays.forEach(d -> years.add(d.getYear()));
        return new WorkdayCalendar(off, work, years);
    }

    public static WorkdayCalendar china() {
        return china(Set.of(), Set.of());
    }

    /** The years whose holidays this calendar knows: the shipped notices and the years the site added. */
    public SortedSet<Integer> coveredYears() {
        return years;
    }

    /**
     * The years from {@code from} to {@code to} this calendar does not cover, where its working days are a guess;
     * years before the first covered one are history and not listed.
     */
    public SortedSet<Integer> gaps(LocalDate from, LocalDate to) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int y = Math.max(from.getYear(), years.isEmpty() ? from.getYear() : years.first()); y <= to.getYear(); y++) {
            if (!years.contains(y)) {
                out.add(y);
            }
        }
        return out;
    }

    public boolean isWorkday(LocalDate day) {
        if (work.contains(day)) {
            return true;
        }
        if (off.contains(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The day by which something submitted on {@code start} must be done: the {@code workingDays}-th working day
     * after {@code start} (the day of submission does not count). Zero days means {@code start} itself.
     */
    public LocalDate dueDate(LocalDate start, int workingDays) {
        LocalDate d = start;
        for (int left = workingDays; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkday(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workdaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                n++;
            }
        }
        return n;
    }
}
