package org.hallqueue.server.pension;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calculator for flexible workers: the office's figures, and an estimate for a chosen
 * base, years and retirement age. A visitor's mistake is answered 400 naming the field, with a
 * plain message in both languages.
 */
@RestController
@RequestMapping("/api/v1/pension")
class PensionController {
  private final PensionFiguresStore figures;
  private final OfficeDay officeDay;

  PensionController(PensionFiguresStore figures, OfficeDay officeDay) {
    this.figures = figures;
    this.officeDay = officeDay;
  }

  @GetMapping("/figures")
  PensionFigures figures() {
    return figures.current();
  }

  /** The estimate with the formula written out. */
  record Answer(
      int basePercent,
      int retirementYear,
      int figuresYear,
      boolean example,
      PensionEstimate estimate,
      double monthlyPension,
      boolean enoughYears,
      List<PensionFormula.Line> formula) {}

  @GetMapping("/estimate")
  Answer estimate(
      @RequestParam(required = false) String basePercent,
      @RequestParam(required = false) String years,
      @RequestParam(required = false) String retirementAge,
      @RequestParam(required = false) String retirementYear) {
    PensionFigures f = figures.current();
    Checks checks = new Checks();
    Integer base =
        whole(
            checks,
            basePercent,
            "basePercent",
            f.baseMinPercent(),
            f.baseMaxPercent(),
            "缴费基数要在社平工资的 %d%% 到 %d%% 之间。",
            "The contribution base must be between %d%% and %d%% of the average wage.");
    Integer paid =
        whole(
            checks,
            years,
            "years",
            1,
            50,
            "缴费年限请填 %d 到 %d 年。",
            "Years of contributions must be between %d and %d.");
    Integer age =
        whole(
            checks,
            retirementAge,
            "retirementAge",
            MonthsDivisor.YOUNGEST,
            MonthsDivisor.OLDEST,
            "退休年龄请选 %d 到 %d 岁。",
            "The retirement age must be between %d and %d.");
    int thisYear = officeDay.today().getYear();
    Integer year =
        retirementYear == null || retirementYear.isBlank()
            ? Integer.valueOf(thisYear)
            : whole(
                checks,
                retirementYear,
                "retirementYear",
                thisYear - 10,
                2100,
                "退休年份请填 %d 到 %d 年。",
                "The year of retirement must be between %d and %d.");
    if (!checks.problems().isEmpty()) {
      throw new InvalidInputException(checks.problems());
    }
    PensionEstimate e = PensionEstimate.of(f, base, paid, age, year);
    return new Answer(
        base,
        year,
        f.year(),
        Boolean.TRUE.equals(f.example()),
        e,
        e.monthlyPension(),
        e.enoughYears(),
        PensionFormula.lines(e));
  }

  private static Integer whole(
      Checks checks, String value, String field, int low, int high, String zh, String en) {
    Integer number = null;
    if (value != null && value.strip().matches("\\d{1,4}")) {
      number = Integer.valueOf(value.strip());
    }
    if (number == null || number < low || number > high) {
      String english = String.format(en, low, high);
      checks.problem(
          field,
          (value == null || value.isBlank() ? "is required. " : "got " + Checks.quote(value) + ". ")
              + english,
          Map.of("zh-CN", String.format(zh, low, high), "en", english));
      return null;
    }
    return number;
  }
}
