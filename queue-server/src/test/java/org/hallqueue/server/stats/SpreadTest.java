package org.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void shouldGiveNearestRankMedianNinetiethPercentileAndMaximum() {
    Spread.Samples samples = new Spread.Samples();
    for (long s : new long[] {100, 10, 90, 20, 80, 30, 70, 40, 60, 50}) {
      samples.add(s);
    }
    Spread spread = samples.spread();

    assertThat(spread).isEqualTo(new Spread(10, 50L, 90L, 100L));
  }

  @Test
  void shouldSayNothingAboutNoSamples() {
    assertThat(new Spread.Samples().spread()).isEqualTo(new Spread(0, null, null, null));
  }

  @Test
  void shouldCountAWeekFromMondayToSundayInTheOfficesTimeZone() {
    StatsWindow week = StatsWindow.week(LocalDate.of(2026, 11, 26), ZoneId.of("Asia/Shanghai"));

    assertThat(week.from()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(week.to()).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(week.endMillis() - week.startMillis()).isEqualTo(7 * 24 * 3600 * 1000L);
    assertThat(week.startMillis())
        .isEqualTo(java.time.Instant.parse("2026-11-22T16:00:00Z").toEpochMilli());
  }
}
