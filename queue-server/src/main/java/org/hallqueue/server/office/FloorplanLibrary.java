package org.hallqueue.server.office;

import java.util.List;

/** Adapter to the floorplans module's reader and validator. */
final class FloorplanLibrary {
  private FloorplanLibrary() {}

  /** A problem at a JSON pointer within the floorplan, in plain words. */
  record Problem(String pointer, String message) {}

  static List<Problem> problems(String json) {
    // INTEGRATE: replaced by the floorplans library once it lands.
    return json.trim().startsWith("{")
        ? List.of()
        : List.of(new Problem("", "must be a floorplan object"));
  }
}
