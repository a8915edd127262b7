package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.hallqueue.server.queue.SeededCases.Draws;
import org.hallqueue.server.queue.SeededCases.Seed;
import org.hallqueue.server.queue.SeededCases.SeedInFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(SeedInFailures.class)
class TicketNumbersTest {

  @Test
  void shouldWriteTheServiceLetterAndThreeDigits() {
    assertThat(TicketNumbers.format("A", 12)).isEqualTo("A012");
    assertThat(TicketNumbers.format("F", 999)).isEqualTo("F999");
  }

  @Test
  void shouldGrowADigitPast999RatherThanWrap() {
    assertThat(TicketNumbers.format("B", 1000)).isEqualTo("B1000");
  }

  @Test
  void shouldRefuseSequenceZero() {
    assertThatThrownBy(() -> TicketNumbers.format("A", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldCountTheOfficeDayInTheOfficesTimeZone() {
    Instant lateEveningUtc = Instant.parse("2026-11-23T17:30:00Z");

    assertThat(TicketNumbers.officeDay(lateEveningUtc, ZoneId.of("Asia/Shanghai")))
        .isEqualTo(LocalDate.of(2026, 11, 24));
  }

  static Stream<Seed> seeds() {
    return SeededCases.seeds(1000);
  }

  /**
   * Two different sequences from 1 to 100,000: the second one at random, or one that shares the
   * first's last three digits, or its first digits.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void shouldGiveDifferentSequencesDifferentNumbers(Seed seed) {
    Draws draw = seed.draws();
    long a = draw.between(1L, 100_000L);
    long b =
        switch (draw.oneOf("any", "same last digits", "same first digits")) {
          case "any" -> draw.between(1L, 100_000L);
          case "same last digits" -> a % 1000 + 1000 * draw.between(0L, 99L);
          default -> a >= 10 ? a / 10 : a * 10 + draw.between(0L, 9L);
        };
    if (b == a || b < 1) {
      b = a == 100_000 ? a - 1 : a + 1;
    }

    assertThat(TicketNumbers.format("A", a)).isNotEqualTo(TicketNumbers.format("A", b));
  }
}
