package org.hallqueue.server.catalog;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.web.Checks;

/** A counter as the API and the office bundle write it. */
public record CounterDoc(
    String id,
    Integer number,
    Map<String, String> name,
    List<String> services,
    String affinityLane,
    CounterStatus status,
    String zone) {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public static CounterDoc of(Counter c) {
    return new CounterDoc(
        c.id(), c.number(), c.name(), c.services(), c.affinityLane(), c.status(), c.zone());
  }

  public void check(Checks checks, String at) {
    checks.matches(id, ID, at + ".id", "must be lower-case letters, digits or '-'");
    if (checks.present(number, at + ".number")) {
      checks.require(number >= 1 && number <= 999, at + ".number", "must be between 1 and 999");
    }
    checks.bilingual(name, at + ".name", 80);
    if (checks.present(services, at + ".services")) {
      checks.require(!services.isEmpty(), at + ".services", "must list at least one service");
      checks.distinct(services, at + ".services");
    }
    checks.text(zone, at + ".zone", 40, false);
  }

  public Counter toCounter() {
    return new Counter(
        id,
        number,
        Map.copyOf(name),
        List.copyOf(services),
        affinityLane,
        status == null ? CounterStatus.CLOSED : status,
        zone);
  }
}
