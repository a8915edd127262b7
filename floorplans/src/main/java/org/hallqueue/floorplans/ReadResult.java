package org.hallqueue.floorplans;

import java.util.List;
import java.util.Optional;
import org.hallqueue.floorplans.model.Office;

/**
 * What reading a floorplan gave: either a valid office and no problems, or every problem found and
 * no office.
 */
public record ReadResult(Optional<Office> office, List<Problem> problems) {
  public ReadResult {
    problems = List.copyOf(problems);
    if (office.isPresent() == !problems.isEmpty()) {
      // an office is only handed out when nothing is wrong with it
      throw new IllegalArgumentException("exactly one of office and problems");
    }
  }

  public static ReadResult valid(Office office) {
    return new ReadResult(Optional.of(office), List.of());
  }

  public static ReadResult invalid(List<Problem> problems) {
    return new ReadResult(Optional.empty(), problems);
  }

  public boolean isValid() {
    return office.isPresent();
  }

  /** The office; throws when the floorplan had problems. */
  public Office orElseThrow() {
    return office.orElseThrow(
        () -> new IllegalStateException("floorplan has problems: " + problems));
  }
}
