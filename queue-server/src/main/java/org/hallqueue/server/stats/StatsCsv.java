package org.hallqueue.server.stats;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A report as CSV for spreadsheets, one figure per line: section, key, zh-CN name, en name, metric,
 * value. UTF-8 with a byte-order mark so that spreadsheet programs show the Chinese names.
 */
@Component
class StatsCsv {

  String write(StatsReport report) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, "section", "key", "name_zh", "name_en", "metric", "value");
    line(out, "window", "", "", "", "from", report.from());
    line(out, "window", "", "", "", "to", report.to());
    line(out, "window", "", "", "", "timeZone", report.timeZone());
    group(out, "total", "all", Map.of(), report.totals());
    for (StatsReport.ServiceRow row : report.byService()) {
      group(out, "service", row.code(), row.name(), row.figures());
    }
    for (StatsReport.LaneRow row : report.byLane()) {
      group(out, "lane", row.code(), row.name(), row.figures());
      line(out, "lane", row.code(), "", "", "targetSeconds", row.targetSeconds());
    }
    for (StatsReport.Hour row : report.byHour()) {
      line(out, "hour", row.hour(), "", "", "issued", row.issued());
      line(out, "hour", row.hour(), "", "", "called", row.called());
    }
    for (StatsReport.CounterRow row : report.counters()) {
      String zh = row.name().get("zh-CN");
      String en = row.name().get("en");
      line(out, "counter", row.id(), zh, en, "served", row.served());
      line(out, "counter", row.id(), zh, en, "busySeconds", row.busySeconds());
      line(out, "counter", row.id(), zh, en, "staffedSeconds", row.staffedSeconds());
      line(out, "counter", row.id(), zh, en, "utilisation", row.utilisation());
    }
    FairnessAudit.Result fairness = report.fairness();
    line(out, "fairness", "all", "", "", "calls", fairness.calls());
    line(out, "fairness", "all", "", "", "outOfOrder", fairness.outOfOrder());
    fairness
        .byRule()
        .forEach(
            (rule, counts) ->
                counts.forEach(
                    (metric, value) -> line(out, "fairness", rule, "", "", metric, value)));
    EstimateAccuracy accuracy = report.estimateAccuracy();
    accuracy(out, "all", accuracy.total());
    for (EstimateAccuracy.Day day : accuracy.byDay()) {
      accuracy(out, day.day(), day.figures());
    }
    return out.toString();
  }

  private static void accuracy(StringBuilder out, String key, EstimateAccuracy.Figures f) {
    line(out, "estimateAccuracy", key, "", "", "measured", f.measured());
    line(
        out,
        "estimateAccuracy",
        key,
        "",
        "",
        "meanAbsoluteErrorMinutes",
        f.meanAbsoluteErrorMinutes());
    line(out, "estimateAccuracy", key, "", "", "withinRangeShare", f.withinRangeShare());
    line(out, "estimateAccuracy", key, "", "", "underPredictedShare", f.underPredictedShare());
  }

  private static void group(
      StringBuilder out,
      String section,
      Object key,
      Map<String, String> name,
      StatsReport.Figures g) {
    String zh = name.getOrDefault("zh-CN", "");
    String en = name.getOrDefault("en", "");
    g.counts().forEach((metric, value) -> line(out, section, key, zh, en, metric, value));
    line(out, section, key, zh, en, "waitMedianSeconds", g.waitSpread().median());
    line(out, section, key, zh, en, "waitP90Seconds", g.waitSpread().p90());
    line(out, section, key, zh, en, "waitMaxSeconds", g.waitSpread().max());
    line(out, section, key, zh, en, "serviceTimeMedianSeconds", g.serviceTime().median());
    line(out, section, key, zh, en, "serviceTimeP90Seconds", g.serviceTime().p90());
    line(out, section, key, zh, en, "serviceTimeMaxSeconds", g.serviceTime().max());
  }

  private static void line(StringBuilder out, Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String s =
        value instanceof Double d
            ? String.format(java.util.Locale.ROOT, "%.4f", d)
            : value.toString();
    if (s.contains(",")
        || s.contains("\"")
        || s.contains("\n")
        || s.startsWith("=")
        || s.startsWith("+")
        || s.startsWith("-")
        || s.startsWith("@")) {
      return "\""
          + (s.startsWith("=") || s.startsWith("+") || s.startsWith("@") ? "'" : "")
          + s.replace("\"", "\"\"")
          + "\"";
    }
    return s;
  }
}
