package org.hallqueue.server.pension;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
          "must be between 500 and 100000");
    }
    boolean min = range(checks, baseMinPercent, 10, 100, at + ".baseMinPercent");
    boolean max = range(checks, baseMaxPercent, 100, 1000, at + ".baseMaxPercent");
    if (min && max) {
      require(
          checks,
          baseMinPercent < baseMaxPercent,
          at + ".baseMaxPercent",
          "must be above baseMinPercent",
          "要高于最低缴费基数比例");
    }
    boolean rate = percent(checks, contributionRatePercent, at + ".contributionRatePercent");
    if (percent(checks, personalAccountRatePercent, at + ".personalAccountRatePercent") && rate) {
      require(
          checks,
          personalAccountRatePercent <= contributionRatePercent,
          at + ".personalAccountRatePercent",
          "must not be above contributionRatePercent",
          "不能高于缴费比例");
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
    if (!require(
        checks,
        !minimumYears.isEmpty() && minimumYears.size() <= 50,
        at,
        "needs 1 to 50 steps",
        "要有 1 到 50 行")) {
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
        require(
            checks,
            m.fromYear() > previous,
            step + ".fromYear",
            "must come after the step before",
            "年份要比上一行晚");
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
        && require(
            checks,
            value > 0 && value <= 50,
            field,
            "must be above 0 and at most 50",
            "要大于 0，最多 50");
  }

  private static boolean require(Checks checks, boolean ok, String field, String en, String zh) {
    if (!ok) {
      checks.problem(field, en, Map.of("en", en, "zh-CN", zh));
    }
    return ok;
  }
}
