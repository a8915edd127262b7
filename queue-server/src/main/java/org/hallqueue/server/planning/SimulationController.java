package org.hallqueue.server.planning;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import org.hallqueue.server.simulation.OfficeSimulator;
import org.hallqueue.server.simulation.Scenario;
import org.hallqueue.server.simulation.SimulationResult;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The digital playbook's simulations (MANAGER): run a scenario on the office's own rules, now or in
 * the background with progress; today's office as a starting scenario; a staffing recommendation.
 * Nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationController {
  private final TodaysOffice office;
  private final OfficeScenarios scenarios;
  private final SimulationRuns runs;

  SimulationController(TodaysOffice office, OfficeScenarios scenarios, SimulationRuns runs) {
    this.office = office;
    this.scenarios = scenarios;
    this.runs = runs;
  }

  /** A request for a staffing recommendation: the scenario and, optionally, p90 targets by lane. */
  record StaffingRequest(SimulationRequest scenario, Map<String, Double> targets) {}

  @PostMapping
  SimulationResult simulate(@RequestBody SimulationRequest request) {
    Scenario scenario = office.scenario(request);
    return runs.now(() -> OfficeSimulator.run(scenario));
  }

  @PostMapping("/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SimulationRuns.Progress startRun(@RequestBody SimulationRequest request) {
    Scenario scenario = office.scenario(request);
    return runs.start(scenario.replications(), progress -> OfficeSimulator.run(scenario, progress));
  }

  @GetMapping("/runs/{id}")
  SimulationRuns.Progress run(@PathVariable String id) {
    return runs.progress(id)
        .orElseThrow(() -> new NotFoundException("no simulation run " + id + " (runs expire)"));
  }

  @GetMapping("/office")
  OfficeScenario todaysOffice(@RequestParam(required = false) String weekday) {
    return scenarios.today(weekday(weekday));
  }

  @PostMapping("/staffing")
  StaffingPlan staffing(@RequestBody StaffingRequest request) {
    StaffingPlanner planner = planner(request);
    return runs.now(planner::plan);
  }

  @PostMapping("/staffing/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SimulationRuns.Progress startStaffing(@RequestBody StaffingRequest request) {
    Scenario scenario = scenario(request);
    return runs.start(
        StaffingPlanner.MAX_SIMULATIONS,
        progress -> new StaffingPlanner(scenario, request.targets(), progress).plan());
  }

  private StaffingPlanner planner(StaffingRequest request) {
    return new StaffingPlanner(scenario(request), request.targets(), done -> {});
  }

  private Scenario scenario(StaffingRequest request) {
    if (request == null || request.scenario() == null) {
      throw new InvalidInputException("scenario", "is required");
    }
    if (request.targets() != null) {
      request
          .targets()
          .forEach(
              (lane, minutes) -> {
                if (minutes == null || !(minutes > 0) || minutes > 24 * 60) {
                  throw new InvalidInputException(
                      "targets." + lane, "must be a positive number of minutes");
                }
              });
    }
    return office.scenario(request.scenario());
  }

  private DayOfWeek weekday(String weekday) {
    if (weekday == null || weekday.isBlank()) {
      return office.today().getDayOfWeek();
    }
    try {
      return DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("weekday", "must be MONDAY to SUNDAY, got '" + weekday + "'");
    }
  }
}
