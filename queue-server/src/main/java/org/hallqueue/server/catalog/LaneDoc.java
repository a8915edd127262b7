package org.hallqueue.server.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.web.Checks;

/** A lane as the API and the office bundle write it. */
public record LaneDoc(
    String code,
    Map<String, String> name,
    Map<String, String> description,
    Double weight,
    Long maxWaitSeconds,
    Boolean showOnTicket,
    Boolean showOnBoard,
    Integer sortOrder) {

  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public static LaneDoc of(Lane lane) {
    return new LaneDoc(
        lane.code(),
        lane.name(),
        lane.description(),
        lane.weight(),
        lane.maxWait().toSeconds(),
        lane.showOnTicket(),
        lane.showOnBoard(),
        lane.sortOrder());
  }

  public void check(Checks checks, String at) {
    checks.matches(code, CODE, at + ".code", "must be lower-case letters, digits or '-'");
    checks.bilingual(name, at + ".name", 80);
    if (description != null) {
      checks.bilingual(description, at + ".description", 300, true);
    }
    if (checks.present(weight, at + ".weight")) {
      checks.require(weight > 0 && weight <= 100, at + ".weight", "must be between 0 and 100");
    }
    if (checks.present(maxWaitSeconds, at + ".maxWaitSeconds")) {
      checks.require(
          maxWaitSeconds >= 60 && maxWaitSeconds <= 86_400,
          at + ".maxWaitSeconds",
          "must be between 60 and 86400 seconds");
    }
  }

  public Lane toLane() {
    return new Lane(
        code,
        Map.copyOf(name),
        description == null ? Map.of() : Map.copyOf(description),
        weight,
        Duration.ofSeconds(maxWaitSeconds),
        Boolean.TRUE.equals(showOnTicket),
        Boolean.TRUE.equals(showOnBoard),
        sortOrder == null ? 0 : sortOrder);
  }
}
