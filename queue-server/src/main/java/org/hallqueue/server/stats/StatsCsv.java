package org.hallqueue.server.stats;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A report as CSV for spreadsheets, one figure per line: section, key, zh-CN name, en name, metric,
 * value. UTF-8 with a byte-order mark so that spreadsheet programs show the Chinese names.
 */
@Component
class StatsCsv {

  @SuppressWarnings("unchecked")
  String write(Map<String, Object> report) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, "section", "key", "name_zh", "name_en", "metric", "value");
    line(out, "window", "", "", "", "from", report.get("from"));
    line(out, "window", "", "", "", "to", report.get("to"));
    line(out, "window", "", "", "", "timeZone", report.get("timeZone"));
    group(out, "total", "all", Map.of(), (Map<String, Object>) report.get("totals"));
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("byService")) {
      group(out, "service", row.get("code"), (Map<String, String>) row.get("name"), row);
    }
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("byLane")) {
      group(out, "lane", row.get("code"), (Map<String, String>) row.get("name"), row);
      line(out, "lane", row.get("code"), "", "", "targetSeconds", row.get("targetSeconds"));
    }
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("byHour")) {
      line(out, "hour", row.get("hour"), "", "", "issued", row.get("issued"));
      line(out, "hour", row.get("hour"), "", "", "called", row.get("called"));
    }
    for (Map<String, Object> row : (List<Map<String, Object>>) report.get("counters")) {
      Map<String, String> name = (Map<String, String>) row.get("name");
      for (String metric : List.of("served", "busySeconds", "staffedSeconds", "utilisation")) {
        line(
            out,
            "counter",
            row.get("id"),
            name.get("zh-CN"),
            name.get("en"),
            metric,
            row.get(metric));
      }
    }
    FairnessAudit.Result fairness = (FairnessAudit.Result) report.get("fairness");
    line(out, "fairness", "all", "", "", "calls", fairness.calls());
    line(out, "fairness", "all", "", "", "outOfOrder", fairness.outOfOrder());
    fairness
        .byRule()
        .forEach(
            (rule, counts) ->
                counts.forEach(
                    (metric, value) -> line(out, "fairness", rule, "", "", metric, value)));
    return out.toString();
  }

  private static void group(
      StringBuilder out,
      String section,
      Object key,
      Map<String, String> name,
      Map<String, Object> g) {
    String zh = name.getOrDefault("zh-CN", "");
    String en = name.getOrDefault("en", "");
    for (String metric :
        List.of(
            "issued",
            "called",
            "served",
            "noShows",
            "cancelled",
            "waiting",
            "transferred",
            "transfers",
            "withinTarget",
            "withinTargetShare")) {
      line(out, section, key, zh, en, metric, g.get(metric));
    }
    for (String kind : List.of("wait", "serviceTime")) {
      Spread s = (Spread) g.get(kind);
      line(out, section, key, zh, en, kind + "MedianSeconds", s.median());
      line(out, section, key, zh, en, kind + "P90Seconds", s.p90());
      line(out, section, key, zh, en, kind + "MaxSeconds", s.max());
    }
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
