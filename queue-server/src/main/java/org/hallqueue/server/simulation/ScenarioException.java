package org.hallqueue.server.simulation;

/** A scenario that cannot be simulated, naming the field at fault (for a 400 problem+json). */
public class ScenarioException extends IllegalArgumentException {
  private final String field;

  public ScenarioException(String field, String message) {
    super(field + " " + message);
    this.field = field;
  }

  /** The JSON path of the field at fault, for example {@code arrivals[2].perHour}. */
  public String field() {
    return field;
  }
}
