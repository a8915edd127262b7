package org.hallqueue.floorplans.model;

/**
 * The kinds of connector, with how many metres of walking one floor up or down counts for when
 * routes are compared (a lift ride is not walking).
 */
public enum ConnectorKind {
  LIFT(0, LocalizedText.of("电梯", "lift")),
  STAIRS(8, LocalizedText.of("楼梯", "stairs")),
  ESCALATOR(4, LocalizedText.of("扶梯", "escalator")),
  RAMP(12, LocalizedText.of("坡道", "ramp"));

  private final double metresPerFloor;
  private final LocalizedText word;

  ConnectorKind(double metresPerFloor, LocalizedText word) {
    this.metresPerFloor = metresPerFloor;
    this.word = word;
  }

  public double metresPerFloor() {
    return metresPerFloor;
  }

  /** The common noun, e.g. 电梯 / lift. */
  public LocalizedText word() {
    return word;
  }

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
