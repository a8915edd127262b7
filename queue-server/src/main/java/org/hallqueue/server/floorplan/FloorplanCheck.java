package org.hallqueue.server.floorplan;

import org.hallqueue.server.web.Checks;
import org.springframework.stereotype.Component;

/** Validates a floorplan document with the floorplans library, reporting every problem. */
@Component
public class FloorplanCheck {

  /**
   * Adds each problem of the floorplan JSON to {@code checks}, named by its JSON pointer under
   * {@code at} and worded in both languages.
   */
  public void check(String floorplanJson, String at, Checks checks) {
    FloorplanLibrary.problems(floorplanJson)
        .forEach(p -> checks.problem(at + p.pointer(), p.message(), p.messages()));
  }
}
