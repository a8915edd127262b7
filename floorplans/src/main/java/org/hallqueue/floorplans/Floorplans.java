package org.hallqueue.floorplans;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.floorplans.format.FloorplanReader;
import org.hallqueue.floorplans.format.FloorplanWriter;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.validation.FloorplanValidator;

/**
 * The front door of the library: read floorplan JSON into a valid {@link Office} or every problem
 * with it, check an office built in code, and write an office back as JSON.
 */
public final class Floorplans {
  private Floorplans() {}

  /**
   * Reads and checks a floorplan. Either the office, or every problem at once: syntax errors (with
   * line and column), wrong or missing fields, duplicate or unknown ids, things outside their floor
   * or inside walls, counters no one (or no wheelchair user, when required) can reach.
   */
  public static ReadResult read(String json) {
    FloorplanReader.Reading reading = FloorplanReader.read(json);
    if (reading.office() == null) {
      return ReadResult.invalid(reading.problems());
    }
    List<Problem> shape = reading.problems();
    List<Problem> all = new ArrayList<>(shape);
    for (Problem p : FloorplanValidator.validate(reading.office(), shape.isEmpty())) {
      if (shape.stream().noneMatch(s -> Owners.explains(s, p))) {
        all.add(p);
      }
    }
    return all.isEmpty() ? ReadResult.valid(reading.office()) : ReadResult.invalid(all);
  }

  /** Every problem with an office built in code (pointers as {@link #write} would lay it out). */
  public static List<Problem> validate(Office office) {
    return FloorplanValidator.validate(office);
  }

  /** The office as floorplan JSON; reading it back gives an equal office. */
  public static String write(Office office) {
    return FloorplanWriter.write(office);
  }
}
