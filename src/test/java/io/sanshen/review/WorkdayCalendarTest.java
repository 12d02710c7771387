package io.sanshen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkdayCalendarTest {
    private final WorkdayCalendar cal = WorkdayCalendar.china();

    @Test
    void springFestival2025IsOffAndMakeUpSundayIsWorked() {
        assertThat(cal.isWorkday(LocalDate.of(2025, 1, 28))).isFalse();
        assertThat(cal.isWorkday(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(cal.isWorkday(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(cal.isWorkday(LocalDate.of(2025, 2, 8))).isTrue();
    }

    @Test
    void nationalDay2026FollowsTheNotice() {
        assertThat(cal.isWorkday(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(cal.isWorkday(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(cal.isWorkday(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void deadlineSkipsHolidaysAndWeekends() {
        // submitted Monday 2024-09-30: 10-01..07 off, Tuesday 10-08 is the first working day
        assertThat(cal.dueDate(LocalDate.of(2024, 9, 30), 2)).isEqualTo(LocalDate.of(2024, 10, 9));
        // submitted Friday: Saturday 2024-10-12 is a 调休 working day
        assertThat(cal.dueDate(LocalDate.of(2024, 10, 11), 1)).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(cal.dueDate(LocalDate.of(2024, 5, 24), 2)).isEqualTo(LocalDate.of(2024, 5, 28));
    }

    @Test
    void saysWhichYearsItCoversAndWhereDeadlinesWouldBeAGuess() {
        assertThat(cal.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(cal.gaps(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4))).containsExactly(2027);
        assertThat(cal.gaps(LocalDate.of(2023, 12, 28), LocalDate.of(2024, 1, 4))).isEmpty();
        WorkdayCalendar with2027 = WorkdayCalendar.china(List.of(LocalDate.of(2027, 1, 1)), List.of());
        assertThat(with2027.coveredYears()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(with2027.gaps(LocalDate.of(2026, 12, 28), LocalDate.of(2028, 1, 4))).containsExactly(2028);
        WorkdayCalendar onlyAWorkday = WorkdayCalendar.china(List.of(), List.of(LocalDate.of(2027, 1, 2)));
        assertThat(onlyAWorkday.gaps(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4))).containsExactly(2027);
    }

    @Test
    void configExtendsAndOverridesTheShippedDays() {
        WorkdayCalendar c = WorkdayCalendar.china(List.of(LocalDate.of(2027, 1, 1)), List.of(LocalDate.of(2026, 10, 7)));
        assertThat(c.isWorkday(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(c.isWorkday(LocalDate.of(2026, 10, 7))).isTrue();
    }
}
