package org.hallqueue.floorplans.model;

import org.hallqueue.floorplans.geometry.Point;

/**
 * Something a visitor goes to: an entrance, a kiosk, a counter, a waiting zone or a display board.
 * {@link #at()} is where the visitor stands to use it, which is where routes start and end.
 */
public sealed interface Element permits Entrance, Kiosk, Counter, WaitingZone, DisplayBoard {

  /** A stable id such as {@code counter-3}, unique in the office. */
  String id();

  LocalizedText name();

  Point at();

  /** The element type as written in JSON: {@code counter}, {@code zone}, ... */
  String type();
}
