package org.hallqueue.server.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.hallqueue.server.ratings.WorkingDays.DayKind;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 9, 25);

  @Test
  void shouldSkipTheWeekend() {
    WorkingDays days = new WorkingDays(Map.of());
    assertThat(days.after(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 9, 28));
    assertThat(days.after(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 10, 2));
  }

  @Test
  void shouldSkipTheNationalDayHolidaysAndCountTheWorkedSaturday() {
    // 2026: 1–7 October off except the worked Saturday 10 October (调休), as the list would say.
    Map<LocalDate, DayKind> calendar = new java.util.HashMap<>();
    for (int d = 1; d <= 7; d++) {
      calendar.put(LocalDate.of(2026, 10, d), DayKind.HOLIDAY);
    }
    calendar.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
    WorkingDays days = new WorkingDays(calendar);
    LocalDate lastSeptember = LocalDate.of(2026, 9, 30);
    assertThat(days.after(lastSeptember, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(days.after(lastSeptember, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(days.after(lastSeptember, 4)).isEqualTo(LocalDate.of(2026, 10, 12));
  }

  @Test
  void shouldStartCountingTheDayAfterAWeekendRating() {
    WorkingDays days = new WorkingDays(Map.of());
    assertThat(days.after(LocalDate.of(2026, 9, 26), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
  }
}
