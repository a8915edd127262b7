package org.hallqueue.server.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.FieldProblem;
import org.junit.jupiter.api.Test;

/** The formula against the worked examples of social-insurance-facts.md §6 and by hand. */
class PensionEstimateTest {
  /** The example office: 8,000 yuan, 60%–300%, 20% of which 8% to the account, 15 → 20 years. */
  static PensionFigures exampleOffice() {
    List<PensionFigures.MinimumYears> steps =
        new java.util.ArrayList<>(List.of(new PensionFigures.MinimumYears(2025, 180)));
    IntStream.range(0, 10)
        .forEach(i -> steps.add(new PensionFigures.MinimumYears(2030 + i, 186 + 6 * i)));
    return new PensionFigures(2025, true, 8000.0, 60, 300, 20.0, 8.0, steps, List.of("A", "F"));
  }

  @Test
  void shouldGiveTheWorkedExamplesBasicPension() {
    assertThat(PensionEstimate.basicPension(8000, 0.6, 20)).isCloseTo(1280, within(1e-9));
  }

  @Test
  void shouldGiveTheWorkedExamplesAccountPensionAndTotal() {
    double account = PensionEstimate.accountPension(90_000, 60);

    assertThat(Math.round(account)).isEqualTo(647);
    assertThat(Math.round(PensionEstimate.basicPension(8000, 0.6, 20) + account)).isEqualTo(1927);
  }

  @Test
  void shouldUseTheOfficialMonthsDivisorAtEachAgeTheFactsName() {
    assertThat(
            List.of(
                MonthsDivisor.at(50),
                MonthsDivisor.at(55),
                MonthsDivisor.at(60),
                MonthsDivisor.at(61),
                MonthsDivisor.at(62),
                MonthsDivisor.at(63)))
        .containsExactly(195, 170, 139, 132, 125, 117);
    assertThatThrownBy(() -> MonthsDivisor.at(49)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MonthsDivisor.at(66)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldEstimateTheLowestBaseForTwentyYearsAtSixty() {
    PensionEstimate e = PensionEstimate.of(exampleOffice(), 60, 20, 60, 2028);

    assertThat(e.base()).isCloseTo(4800, within(1e-9));
    assertThat(e.monthlyContribution()).isCloseTo(960, within(1e-9));
    assertThat(e.monthlyToAccount()).isCloseTo(384, within(1e-9));
    assertThat(e.accountBalance()).isCloseTo(92_160, within(1e-6));
    assertThat(e.basicPension()).isCloseTo(1280, within(1e-9));
    assertThat(e.accountPension()).isCloseTo(92_160.0 / 139, within(1e-9));
    assertThat(PensionFormula.yuan(e.monthlyPension())).isEqualTo("1,943.02");
    assertThat(e.enoughYears()).isTrue();
  }

  @Test
  void shouldEstimateTheHighestBaseForThirtyFiveYearsAtSixtyThree() {
    PensionEstimate e = PensionEstimate.of(exampleOffice(), 300, 35, 63, 2061);

    assertThat(e.monthlyContribution()).isCloseTo(4800, within(1e-9));
    assertThat(e.basicPension()).isCloseTo((8000 + 24_000) / 2.0 * 35 / 100, within(1e-9));
    assertThat(e.accountPension()).isCloseTo(24_000 * 0.08 * 12 * 35 / 117, within(1e-9));
  }

  @Test
  void shouldRaiseTheMinimumYearsAsTheReformSays() {
    PensionFigures office = exampleOffice();

    assertThat(office.minimumMonths(2026)).isEqualTo(180);
    assertThat(office.minimumMonths(2029)).isEqualTo(180);
    assertThat(office.minimumMonths(2030)).isEqualTo(186);
    assertThat(office.minimumMonths(2035)).isEqualTo(216);
    assertThat(office.minimumMonths(2039)).isEqualTo(240);
    assertThat(office.minimumMonths(2060)).isEqualTo(240);
    assertThat(PensionEstimate.of(office, 60, 15, 60, 2029).enoughYears()).isTrue();
    assertThat(PensionEstimate.of(office, 60, 15, 60, 2030).enoughYears()).isFalse();
  }

  @Test
  void shouldWriteTheFormulaWithItsNumbersInBothLanguages() {
    List<PensionFormula.Line> lines =
        PensionFormula.lines(PensionEstimate.of(exampleOffice(), 60, 20, 60, 2028));

    assertThat(lines)
        .extracting(PensionFormula.Line::key)
        .containsExactly("base", "contribution", "basic", "account", "accountPension", "total");
    assertThat(lines.get(2).text().get("zh-CN"))
        .isEqualTo("基础养老金 = (8,000 + 4,800) ÷ 2 × 20 年 × 1% = 1,280 元");
    assertThat(lines.get(2).text().get("en"))
        .isEqualTo("Basic pension = (8,000 + 4,800) ÷ 2 × 20 years × 1% = 1,280 yuan");
    assertThat(lines.get(4).text().get("en")).contains("92,160 ÷ 139").endsWith("663.02 yuan");
  }

  @Test
  void shouldNameEachFigureAManagerGotWrong() {
    PensionFigures wrong =
        new PensionFigures(
            1999,
            false,
            100.0,
            300,
            60,
            8.0,
            20.0,
            List.of(
                new PensionFigures.MinimumYears(2030, 180),
                new PensionFigures.MinimumYears(2030, 186)),
            List.of("a"));
    Checks checks = new Checks();
    wrong.check(checks, "figures");

    assertThat(checks.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "figures.year",
            "figures.averageMonthlyWage",
            "figures.baseMinPercent",
            "figures.baseMaxPercent",
            "figures.personalAccountRatePercent",
            "figures.minimumYears[1].fromYear",
            "figures.services[0]");
  }

  @Test
  void shouldAcceptTheExampleOffice() {
    Checks checks = new Checks();
    exampleOffice().check(checks, "figures");

    assertThat(checks.problems()).isEmpty();
  }
}
