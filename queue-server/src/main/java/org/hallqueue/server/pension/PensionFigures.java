package org.hallqueue.server.pension;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.hallqueue.server.web.Checks;

/**
 * One office's local figures for the calculator, as the manager enters them: the year they are
 * from, the average monthly wage, the range of contribution bases, the rates, the minimum years by
 * year of retirement (the 2024 reform raises them), and the services whose guidance shows the
 * calculator. {@code example} marks figures that are only an example.
 */
public record PensionFigures(
    Integer year,
    Boolean example,
    Double averageMonthlyWage,
    Integer baseMinPercent,
    Integer baseMaxPercent,
    Double contributionRatePercent,
    Double personalAccountRatePercent,
    List<MinimumYears> minimumYears,
    List<String> services) {

  /** From {@code fromYear} on, at least {@code months} of contributions (15 years: 180). */
  public record MinimumYears(Integer fromYear, Integer months) {}

  private static final Pattern SERVICE = Pattern.compile("[A-Z]");

  /** The minimum months for a retirement in {@code year}: the last step at or before it. */
  public int minimumMonths(int retirementYear) {
    return minimumYears.stream()
        .filter(m -> m.fromYear() <= retirementYear)
        .max(Comparator.comparing(MinimumYears::fromYear))
        .map(MinimumYears::months)
        .orElse(minimumYears.get(0).months());
  }

  /** Adds every problem under {@code at}: missing figures, figures out of range. */
  public void check(Checks checks, String at) {
    range(checks, year, 2000, 2100, at + ".year");
    checks.present(example, at + ".example");
    if (checks.present(averageMonthlyWage, at + ".averageMonthlyWage")) {
      checks.require(
          averageMonthlyWage >= 500 && averageMonthlyWage <= 100_000,
          at + ".averageMonthlyWage",
          "must be between 500 and 100000 yuan a month");
    }
    boolean min = range(checks, baseMinPercent, 10, 100, at + ".baseMinPercent");
    boolean max = range(checks, baseMaxPercent, 100, 1000, at + ".baseMaxPercent");
    if (min && max) {
      checks.require(
          baseMinPercent < baseMaxPercent, at + ".baseMaxPercent", "must be above baseMinPercent");
    }
    boolean rate = percent(checks, contributionRatePercent, at + ".contributionRatePercent");
    if (percent(checks, personalAccountRatePercent, at + ".personalAccountRatePercent") && rate) {
      checks.require(
          personalAccountRatePercent <= contributionRatePercent,
          at + ".personalAccountRatePercent",
          "must not be above contributionRatePercent");
    }
    minimums(checks, at + ".minimumYears");
    if (checks.present(services, at + ".services")) {
      checks.require(services.size() <= 26, at + ".services", "lists more than 26 services");
      for (int i = 0; i < services.size() && i < 26; i++) {
        checks.matches(services.get(i), SERVICE, at + ".services[" + i + "]", "must be A-Z");
      }
    }
  }

  private void minimums(Checks checks, String at) {
    if (!checks.present(minimumYears, at)) {
      return;
    }
    if (!checks.require(
        !minimumYears.isEmpty() && minimumYears.size() <= 50, at, "needs 1 to 50 steps")) {
      return;
    }
    Integer previous = null;
    for (int i = 0; i < minimumYears.size(); i++) {
      MinimumYears m = minimumYears.get(i);
      String step = at + "[" + i + "]";
      if (m == null) {
        checks.problem(step, "is required");
        continue;
      }
      if (range(checks, m.fromYear(), 2000, 2100, step + ".fromYear") && previous != null) {
        checks.require(
            m.fromYear() > previous, step + ".fromYear", "must come after the step before");
      }
      range(checks, m.months(), 12, 600, step + ".months");
      previous = m.fromYear();
    }
  }

  private static boolean range(Checks checks, Integer value, int low, int high, String field) {
    return checks.present(value, field)
        && checks.require(
            value >= low && value <= high, field, "must be between " + low + " and " + high);
  }

  private static boolean percent(Checks checks, Double value, String field) {
    return checks.present(value, field)
        && checks.require(value > 0 && value <= 50, field, "must be above 0 and at most 50");
  }
}
