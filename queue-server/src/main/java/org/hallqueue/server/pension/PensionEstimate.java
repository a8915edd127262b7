package org.hallqueue.server.pension;

/**
 * The estimate for a flexible worker (国发〔2005〕38号), in today's yuan: the monthly contribution on
 * the chosen base, and the monthly pension at retirement as basic pension plus personal-account
 * pension. Wages and the account's interest are taken to move together, so the local average wage
 * stands for the one in the year before retirement and the account holds what was paid in.
 *
 * @param averageWage the local average monthly wage
 * @param contributionIndex the base over the average wage (0.6 to 3.0)
 * @param base the monthly contribution base
 * @param monthlyContribution base × contribution rate
 * @param monthlyToAccount base × personal-account rate
 * @param accountBalance monthly to account × 12 × years
 * @param monthsDivisor the months divisor (计发月数) at the retirement age
 * @param basicPension (average wage + indexed wage) ÷ 2 × years × 1%
 * @param accountPension account balance ÷ months divisor
 * @param minimumMonths the months a monthly pension needs, for the year of retirement
 */
public record PensionEstimate(
    double averageWage,
    double contributionIndex,
    int years,
    int retirementAge,
    double base,
    double contributionRatePercent,
    double monthlyContribution,
    double personalAccountRatePercent,
    double monthlyToAccount,
    double accountBalance,
    int monthsDivisor,
    double basicPension,
    double accountPension,
    int minimumMonths) {

  /** The estimate for the chosen base (percent of the average wage), years and retirement. */
  public static PensionEstimate of(
      PensionFigures figures, int basePercent, int years, int retirementAge, int retirementYear) {
    double wage = figures.averageMonthlyWage();
    double index = basePercent / 100.0;
    double base = wage * index;
    double toAccount = base * figures.personalAccountRatePercent() / 100;
    double balance = toAccount * 12 * years;
    int divisor = MonthsDivisor.at(retirementAge);
    return new PensionEstimate(
        wage,
        index,
        years,
        retirementAge,
        base,
        figures.contributionRatePercent(),
        base * figures.contributionRatePercent() / 100,
        figures.personalAccountRatePercent(),
        toAccount,
        balance,
        divisor,
        basicPension(wage, index, years),
        accountPension(balance, retirementAge),
        figures.minimumMonths(retirementYear));
  }

  /** Basic pension a month: (average wage + average wage × index) ÷ 2 × years × 1%. */
  public static double basicPension(double averageWage, double contributionIndex, int years) {
    return (averageWage + averageWage * contributionIndex) / 2 * years / 100;
  }

  /** Personal-account pension a month: the balance over the months divisor at that age. */
  public static double accountPension(double balance, int retirementAge) {
    return balance / MonthsDivisor.at(retirementAge);
  }

  public double monthlyPension() {
    return basicPension + accountPension;
  }

  /** Whether the years reach the minimum for a monthly pension. */
  public boolean enoughYears() {
    return years * 12 >= minimumMonths;
  }
}
