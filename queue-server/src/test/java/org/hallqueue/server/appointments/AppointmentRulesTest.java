package org.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hallqueue.server.web.FieldProblem;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {
  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

  private static SlotRule morning(String service) {
    return new SlotRule(
        service,
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
        LocalTime.parse("09:00"),
        LocalTime.parse("11:30"),
        30,
        4,
        20);
  }

  @Test
  void shouldOpenSlotsOnTheRuleDaysAndNoneOnAHoliday() {
    AppointmentRules rules =
        new AppointmentRules(
            List.of(morning("A")), List.of(MONDAY.plusDays(1)), 15, 10, 14, AppointmentRules.AHEAD);

    assertThat(rules.slots("A", MONDAY))
        .extracting(SlotRule.Slot::start)
        .containsExactly(
            LocalTime.parse("09:00"),
            LocalTime.parse("09:30"),
            LocalTime.parse("10:00"),
            LocalTime.parse("10:30"),
            LocalTime.parse("11:00"));
    assertThat(rules.slots("A", MONDAY.plusDays(1))).as("a holiday").isEmpty();
    assertThat(rules.slots("A", MONDAY.plusDays(2))).as("a Wednesday").isEmpty();
    assertThat(rules.slots("B", MONDAY)).isEmpty();
  }

  @Test
  void shouldNameEveryBadFieldOfTheDocument() {
    SlotRule bad =
        new SlotRule("Z", List.of(), LocalTime.parse("12:00"), LocalTime.parse("11:00"), 3, 0, 120);
    AppointmentRules rules =
        new AppointmentRules(List.of(morning("A"), bad), List.of(), -1, 10, 0, "FIRST");

    assertThat(rules.check(Set.of("A")).problems())
        .extracting(FieldProblem::field)
        .contains(
            "checkInBeforeMinutes",
            "bookAheadDays",
            "callRule",
            "rules[1].service",
            "rules[1].days",
            "rules[1].closes",
            "rules[1].slotMinutes",
            "rules[1].places",
            "rules[1].counterShare")
        .doesNotContain("rules[0].service");
  }

  @Test
  void shouldOpenCheckInFifteenMinutesBeforeAndCloseTenAfterTheStart() {
    Instant start = Instant.parse("2026-03-03T01:30:00Z");
    Appointment booked =
        new Appointment(
            "K7QM4RTX",
            "A",
            "standard",
            "zh-CN",
            start,
            start.plusSeconds(1800),
            Appointment.Status.BOOKED,
            start.minusSeconds(86400),
            "staff1",
            "STAFF",
            null,
            null,
            null);
    Duration before = Duration.ofMinutes(15);
    Duration after = Duration.ofMinutes(10);

    assertThat(booked.checkIn(start.minusSeconds(16 * 60), before, after))
        .isEqualTo(new Appointment.TooEarly(start.minusSeconds(15 * 60)));
    assertThat(booked.checkIn(start.minusSeconds(15 * 60), before, after))
        .isInstanceOf(Appointment.Open.class);
    assertThat(booked.checkIn(start.plusSeconds(10 * 60), before, after))
        .isInstanceOf(Appointment.Open.class);
    assertThat(booked.checkIn(start.plusSeconds(10 * 60 + 1), before, after))
        .isEqualTo(new Appointment.TooLate(start.plusSeconds(10 * 60)));
    assertThat(booked.missed(start.plusSeconds(11 * 60), after)).isTrue();
    assertThat(booked.cancelled(start).checkIn(start, before, after))
        .isInstanceOf(Appointment.Cancelled.class);
  }
}
