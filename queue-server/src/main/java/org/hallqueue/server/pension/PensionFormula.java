package org.hallqueue.server.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The estimate written out as the formula with its numbers, in zh-CN and en, so that a visitor can
 * follow each step: the kiosk and the phone page show these lines as they are.
 */
public final class PensionFormula {
  private PensionFormula() {}

  /** One line in both languages. */
  public record Line(String key, Map<String, String> text) {}

  public static List<Line> lines(PensionEstimate e) {
    String wage = yuan(e.averageWage());
    String base = yuan(e.base());
    String index = plain(e.contributionIndex());
    return List.of(
        line(
            "base",
            "缴费基数 = 社平工资 " + wage + " × " + index + " = " + base + " 元",
            "Contribution base = average wage " + wage + " × " + index + " = " + base + " yuan"),
        line(
            "contribution",
            "每月缴费 = "
                + base
                + " × "
                + plain(e.contributionRatePercent())
                + "% = "
                + yuan(e.monthlyContribution())
                + " 元",
            "Monthly contribution = "
                + base
                + " × "
                + plain(e.contributionRatePercent())
                + "% = "
                + yuan(e.monthlyContribution())
                + " yuan"),
        line(
            "basic",
            "基础养老金 = ("
                + wage
                + " + "
                + base
                + ") ÷ 2 × "
                + e.years()
                + " 年 × 1% = "
                + yuan(e.basicPension())
                + " 元",
            "Basic pension = ("
                + wage
                + " + "
                + base
                + ") ÷ 2 × "
                + e.years()
                + " years × 1% = "
                + yuan(e.basicPension())
                + " yuan"),
        line(
            "account",
            "个人账户 = "
                + base
                + " × "
                + plain(e.personalAccountRatePercent())
                + "% × 12 × "
                + e.years()
                + " 年 = "
                + yuan(e.accountBalance())
                + " 元",
            "Personal account = "
                + base
                + " × "
                + plain(e.personalAccountRatePercent())
                + "% × 12 × "
                + e.years()
                + " years = "
                + yuan(e.accountBalance())
                + " yuan"),
        line(
            "accountPension",
            "个人账户养老金 = "
                + yuan(e.accountBalance())
                + " ÷ "
                + e.monthsDivisor()
                + "（"
                + e.retirementAge()
                + " 岁计发月数）= "
                + yuan(e.accountPension())
                + " 元",
            "Personal account pension = "
                + yuan(e.accountBalance())
                + " ÷ "
                + e.monthsDivisor()
                + " (months divisor at "
                + e.retirementAge()
                + ") = "
                + yuan(e.accountPension())
                + " yuan"),
        line(
            "total",
            "每月养老金约 = "
                + yuan(e.basicPension())
                + " + "
                + yuan(e.accountPension())
                + " = "
                + yuan(e.monthlyPension())
                + " 元",
            "Monthly pension ≈ "
                + yuan(e.basicPension())
                + " + "
                + yuan(e.accountPension())
                + " = "
                + yuan(e.monthlyPension())
                + " yuan"));
  }

  private static Line line(String key, String zh, String en) {
    return new Line(key, Map.of("zh-CN", zh, "en", en));
  }

  /** Yuan with thousands separators, to the fen only where there are fen: 4,800 or 1,027.50. */
  public static String yuan(double amount) {
    BigDecimal fen = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    String pattern = fen.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(fen);
  }

  /** A rate or index without needless digits: 20, 8, 0.6, 12.5. */
  static String plain(double value) {
    return BigDecimal.valueOf(value)
        .setScale(4, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
