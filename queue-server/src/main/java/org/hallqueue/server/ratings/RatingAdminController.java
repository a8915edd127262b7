package org.hallqueue.server.ratings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.OfficeCatalog;
import org.hallqueue.server.devices.Device;
import org.hallqueue.server.devices.DeviceRepository;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.ConfigChanged;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's ratings tab (MANAGER): rules, reasons, the holiday calendar, which counter each
 * rating screen stands at, the statistics, the ratings with their comments, and redaction.
 */
@RestController
@RequestMapping("/api/v1/admin/ratings")
class RatingAdminController {
  private final RatingSetup setup;
  private final RatingStore ratings;
  private final RatingStatistics statistics;
  private final DeviceRepository devices;
  private final OfficeCatalog catalog;
  private final OfficeDay officeDay;
  private final EventLog events;
  private final Writes writes;

  RatingAdminController(
      RatingSetup setup,
      RatingStore ratings,
      RatingStatistics statistics,
      DeviceRepository devices,
      OfficeCatalog catalog,
      OfficeDay officeDay,
      EventLog events,
      Writes writes) {
    this.setup = setup;
    this.ratings = ratings;
    this.statistics = statistics;
    this.devices = devices;
    this.catalog = catalog;
    this.officeDay = officeDay;
    this.events = events;
    this.writes = writes;
  }

  /** A rating screen and the counter it stands at (null until a manager sets it). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RaterView(String device, String name, String counter) {}

  /** Which counter a rating screen stands at. */
  record RaterBinding(String counter) {}

  /** A manager's statistics of a period. */
  record Report(
      RatingPeriod period,
      RatingStatistics.Tally overall,
      Map<String, List<RatingStatistics.Tally>> by,
      RatingStatistics.FollowUpTally followUps) {}

  @GetMapping("/rules")
  RatingRules rules() {
    return setup.rules();
  }

  @PutMapping("/rules")
  RatingRules saveRules(
      @RequestBody(required = false) RatingSetupCheck.RulesInput body, Principal who) {
    RatingRules rules = RatingSetupCheck.rules(body);
    saved("rules", who, () -> setup.saveRules(rules));
    return setup.rules();
  }

  @GetMapping("/reasons")
  List<RatingSetup.Reason> reasons() {
    return setup.reasons();
  }

  @PutMapping("/reasons")
  List<RatingSetup.Reason> saveReasons(
      @RequestBody(required = false) List<RatingSetupCheck.ReasonInput> body, Principal who) {
    List<RatingSetup.Reason> reasons = RatingSetupCheck.reasons(body);
    saved("reasons", who, () -> setup.replaceReasons(reasons));
    return setup.reasons();
  }

  @GetMapping("/calendar")
  List<RatingSetup.CalendarDay> calendar() {
    return setup.calendar();
  }

  @PutMapping("/calendar")
  List<RatingSetup.CalendarDay> saveCalendar(
      @RequestBody(required = false) List<RatingSetupCheck.DayInput> body, Principal who) {
    List<RatingSetup.CalendarDay> days = RatingSetupCheck.calendar(body);
    saved("calendar", who, () -> setup.replaceCalendar(days));
    return setup.calendar();
  }

  @GetMapping("/raters")
  List<RaterView> raters() {
    Map<String, String> bound = setup.raterCounters();
    return devices.findAll().stream()
        .filter(d -> d.kind() == Device.Kind.RATER && !d.revoked())
        .map(d -> new RaterView(d.id(), d.name(), bound.get(d.id())))
        .toList();
  }

  @PutMapping("/raters/{deviceId}")
  RaterView bind(
      @PathVariable String deviceId,
      @RequestBody(required = false) RaterBinding body,
      Principal who) {
    Device device =
        devices
            .findById(deviceId)
            .filter(d -> d.kind() == Device.Kind.RATER && !d.revoked())
            .orElseThrow(() -> new NotFoundException("no rating screen " + deviceId));
    Checks checks = new Checks();
    if (checks.present(body, "body") && checks.present(body.counter(), "counter")) {
      checks.require(
          catalog.counter(body.counter()).isPresent(),
          "counter",
          "is not a counter of this office: " + Checks.quote(body.counter()));
    }
    checks.throwIfAny();
    saved("rater", who, () -> setup.bindRater(deviceId, body.counter()));
    return new RaterView(device.id(), device.name(), body.counter());
  }

  @GetMapping("/statistics")
  Report statistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    RatingPeriod period = RatingPeriod.of(from, to, officeDay.today());
    return new Report(
        period,
        statistics.overall(period),
        Map.of(
            "service", statistics.by(RatingStatistics.By.SERVICE, period),
            "counter", statistics.by(RatingStatistics.By.COUNTER, period),
            "clerk", statistics.by(RatingStatistics.By.CLERK, period),
            "day", statistics.by(RatingStatistics.By.DAY, period)),
        statistics.followUps(period, officeDay.today()));
  }

  /** The ratings of a period with their comments, newest first (at most 500). */
  @GetMapping
  List<Rating> list(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    RatingPeriod period = RatingPeriod.of(from, to, officeDay.today());
    return ratings.between(period.from(), period.to(), 500);
  }

  /** Removes a rating's comment for good (it named someone, or was abusive). */
  @PostMapping("/{ticketId}/redact")
  Rating redact(@PathVariable long ticketId, Principal who) {
    saved(
        "redaction",
        who,
        () -> {
          if (ratings.redact(ticketId) == 0) {
            throw new NotFoundException("no rating of ticket " + ticketId);
          }
        });
    return ratings.byTicket(ticketId).orElseThrow();
  }

  /** Runs the change with its CONFIG_CHANGED event in one transaction. */
  private void saved(String key, Principal who, Runnable change) {
    writes.inTransaction(
        () -> {
          change.run();
          events.append(new ConfigChanged("ratings", "updated", key, who.getName(), null, null));
          return null;
        });
  }
}
