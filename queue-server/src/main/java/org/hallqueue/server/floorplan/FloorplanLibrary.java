package org.hallqueue.server.floorplan;

import java.util.List;
import java.util.Map;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.model.Lang;

/** Adapter to the floorplans module's reader, which reports every problem at once. */
final class FloorplanLibrary {
  private FloorplanLibrary() {}

  /** A problem at a JSON pointer within the floorplan, in both languages. */
  record Problem(String pointer, String message, Map<String, String> messages) {}

  static List<Problem> problems(String json) {
    return Floorplans.read(json).problems().stream()
        .map(p -> new Problem(p.pointer(), p.message(Lang.EN), p.messages()))
        .toList();
  }
}
