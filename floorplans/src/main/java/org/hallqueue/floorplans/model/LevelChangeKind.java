package org.hallqueue.floorplans.model;

/** Steps block wheelchairs; a ramp does not. */
public enum LevelChangeKind {
  STEPS(false),
  RAMP(true);

  private final boolean stepFree;

  LevelChangeKind(boolean stepFree) {
    this.stepFree = stepFree;
  }

  public boolean stepFree() {
    return stepFree;
  }

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
