package org.hallqueue.server.ratings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hallqueue.server.ratings.WorkingDays.DayKind;
import org.hallqueue.server.web.Checks;

/** Checks what a manager sends for ratings, every problem at once, each naming its field. */
final class RatingSetupCheck {
  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  static final int MAX_REASONS = 30;
  static final int MAX_DAYS = 400;

  private RatingSetupCheck() {}

  /** A reason as sent. */
  record ReasonInput(String code, Map<String, String> name) {}

  /** A calendar day as sent: day YYYY-MM-DD, kind HOLIDAY or WORKDAY, an optional name. */
  record DayInput(String day, String kind, String name) {}

  /** The rules as sent. */
  record RulesInput(Integer followUpDays, Integer windowHours) {}

  static RatingRules rules(RulesInput in) {
    Checks checks = new Checks();
    if (checks.present(in, "body")) {
      if (checks.present(in.followUpDays(), "followUpDays")) {
        checks.require(
            in.followUpDays() >= 1 && in.followUpDays() <= 60,
            "followUpDays",
            "must be 1 to 60 working days");
      }
      if (checks.present(in.windowHours(), "windowHours")) {
        checks.require(
            in.windowHours() >= 1 && in.windowHours() <= 720,
            "windowHours",
            "must be 1 to 720 hours");
      }
    }
    checks.throwIfAny();
    return new RatingRules(in.followUpDays(), in.windowHours());
  }

  static List<RatingSetup.Reason> reasons(List<ReasonInput> in) {
    Checks checks = new Checks();
    List<RatingSetup.Reason> out = new ArrayList<>();
    if (checks.present(in, "body")
        && checks.require(in.size() <= MAX_REASONS, "body", "at most 30 reasons")) {
      for (int i = 0; i < in.size(); i++) {
        ReasonInput r = in.get(i);
        String at = "[" + i + "]";
        if (!checks.present(r, at)) {
          continue;
        }
        checks.matches(
            r.code(), CODE, at + ".code", "must be 1 to 40 of a-z, 0-9 and -, e.g. wait-long");
        checks.bilingual(r.name(), at + ".name", 40);
        out.add(new RatingSetup.Reason(r.code(), r.name(), true));
      }
      checks.distinct(out.stream().map(RatingSetup.Reason::code).toList(), "code");
    }
    checks.throwIfAny();
    return out;
  }

  static List<RatingSetup.CalendarDay> calendar(List<DayInput> in) {
    Checks checks = new Checks();
    List<RatingSetup.CalendarDay> out = new ArrayList<>();
    if (checks.present(in, "body")
        && checks.require(in.size() <= MAX_DAYS, "body", "at most 400 days")) {
      for (int i = 0; i < in.size(); i++) {
        DayInput d = in.get(i);
        String at = "[" + i + "]";
        if (!checks.present(d, at)) {
          continue;
        }
        LocalDate day = null;
        DayKind kind = null;
        if (checks.present(d.day(), at + ".day")) {
          try {
            day = LocalDate.parse(d.day());
          } catch (DateTimeParseException e) {
            checks.problem(at + ".day", "must be a date YYYY-MM-DD: " + Checks.quote(d.day()));
          }
        }
        if (checks.present(d.kind(), at + ".kind")) {
          try {
            kind = DayKind.valueOf(d.kind());
          } catch (IllegalArgumentException e) {
            checks.problem(at + ".kind", "must be HOLIDAY or WORKDAY: " + Checks.quote(d.kind()));
          }
        }
        checks.text(d.name(), at + ".name", 40, false);
        if (day != null && kind != null) {
          out.add(new RatingSetup.CalendarDay(day, kind, blankToNull(d.name())));
        }
      }
      checks.distinct(out.stream().map(RatingSetup.CalendarDay::day).toList(), "day");
    }
    checks.throwIfAny();
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
