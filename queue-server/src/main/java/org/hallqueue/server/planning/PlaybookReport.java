package org.hallqueue.server.planning;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.simulation.SimulationResult;

/**
 * The playbook report of one office, for a director or another office: its demand, the staffing
 * that keeps the lanes' targets, the waits to expect, seats needed against the floor plan, walks
 * from the entrance, accessibility, special services and guidance coverage.
 *
 * @param office the office's name in zh-CN and en, if the bundle has one
 * @param demandByHour visitors per hour, by service
 * @param waitsByLane the day simulated with every counter open all day
 * @param staffedWaitsByLane the day simulated with the recommended staffing
 */
record PlaybookReport(
    Object office,
    String generatedOn,
    String weekday,
    String demandSource,
    int historyDays,
    List<DemandHour> demandByHour,
    StaffingSummary staffing,
    Map<String, SimulationResult.LaneResult> waitsByLane,
    Map<String, SimulationResult.LaneResult> staffedWaitsByLane,
    List<OfficeScenario.LaneInfo> lanes,
    List<ZoneSeats> zones,
    List<OfficeFloor.Walk> walks,
    List<OfficeFloor.Finding> findings,
    List<SpecialService> specialServices,
    Guidance guidance) {

  record DemandHour(String clock, double arrivals, Map<String, Double> byService) {}

  record StaffingSummary(
      boolean met,
      boolean erlangCMet,
      List<StaffingPlan.Hour> hours,
      Map<String, Double> targets) {}

  /**
   * @param neededAllOpen the most people waiting there at once (mean over days of each hour's
   *     highest, highest hour), every counter open
   * @param neededStaffed the same with the recommended staffing
   */
  record ZoneSeats(
      String id,
      Map<String, String> name,
      Integer seats,
      double neededAllOpen,
      double neededStaffed) {}

  /**
   * A special service the office may offer.
   *
   * @param kind WOMEN, MIGRANT or GREEN_CHANNEL
   * @param lane whether the lane exists
   * @param counters counters with the lane as affinity (or, for the green channel, so labelled)
   */
  record SpecialService(String kind, boolean lane, List<String> counters) {}

  /** Whether the office has guidance questions, and the services none of them leads to. */
  record Guidance(boolean present, List<String> servicesWithoutPath) {}
}
