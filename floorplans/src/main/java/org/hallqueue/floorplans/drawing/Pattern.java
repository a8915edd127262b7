package org.hallqueue.floorplans.drawing;

/**
 * A fill texture, so areas differ in grey print and for colour-blind readers, not only by colour.
 * Spacing is in metres.
 */
public enum Pattern {
  NONE,
  /** Small dots, for waiting zones. */
  DOTS,
  /** Diagonal lines, for furniture. */
  HATCH,
  /** Parallel bars across, like treads, for steps. */
  TREADS,
  /** Chevrons, for ramps. */
  CHEVRONS,
  /** Crossed diagonal lines, for stairs and lifts. */
  CROSS_HATCH
}
