package org.hallqueue.server.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a day or a week: totals, by hour, by service, by lane, by counter, and the
 * fairness audit of the calls, and how well the waits shown at issue came true.
 */
public record StatsReport(
    String from,
    String to,
    int days,
    String timeZone,
    Instant generatedAt,
    boolean live,
    Figures totals,
    List<Hour> byHour,
    List<ServiceRow> byService,
    List<LaneRow> byLane,
    List<CounterRow> counters,
    FairnessAudit.Result fairness,
    EstimateAccuracy estimateAccuracy) {

  /** The counts and spreads of one group of tickets (a service, a lane, or all). */
  public record Figures(
      int issued,
      int called,
      int served,
      int noShows,
      int cancelled,
      int waiting,
      int transferred,
      int transfers,
      @JsonProperty("wait") Spread waitSpread,
      Spread serviceTime,
      int withinTarget,
      Double withinTargetShare) {

    /** The counts by name, in the order a spreadsheet lists them. */
    Map<String, Object> counts() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issued", issued);
      m.put("called", called);
      m.put("served", served);
      m.put("noShows", noShows);
      m.put("cancelled", cancelled);
      m.put("waiting", waiting);
      m.put("transferred", transferred);
      m.put("transfers", transfers);
      m.put("withinTarget", withinTarget);
      m.put("withinTargetShare", withinTargetShare);
      return m;
    }
  }

  /** Tickets issued and called in one hour of the day. */
  public record Hour(int hour, int issued, int called) {}

  /** A service's figures. */
  public record ServiceRow(
      String code,
      Map<String, String> name,
      Long expectedServiceSeconds,
      @JsonUnwrapped Figures figures) {}

  /** A lane's figures against its target wait. */
  public record LaneRow(
      String code, Map<String, String> name, long targetSeconds, @JsonUnwrapped Figures figures) {}

  /** A counter's visits, busy and staffed time. */
  public record CounterRow(
      String id,
      int number,
      Map<String, String> name,
      long served,
      long busySeconds,
      long staffedSeconds,
      Double utilisation) {}
}
