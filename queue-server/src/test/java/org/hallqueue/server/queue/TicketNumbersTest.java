package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

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

  @Property
  void differentSequencesGiveDifferentNumbers(
      @ForAll @LongRange(min = 1, max = 100_000) long a,
      @ForAll @LongRange(min = 1, max = 100_000) long b) {
    if (a != b) {
      assertThat(TicketNumbers.format("A", a)).isNotEqualTo(TicketNumbers.format("A", b));
    }
  }
}
