package org.hallqueue.server.simulation;

/**
 * Documents checked on the floor before the counter (the floor assistant's pre-check): the share of
 * visitors pre-checked and what it does to their time at the counter.
 *
 * @param share of visitors pre-checked, 0 to 1
 * @param serviceTimeFactor their service time relative to an unchecked visitor's, e.g. 0.8 for a
 *     fifth shorter; 0.1 to 2
 */
public record Precheck(double share, double serviceTimeFactor) {
  /** Nobody pre-checked. */
  public static final Precheck NONE = new Precheck(0.0, 1.0);
}
