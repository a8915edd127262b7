package org.hallqueue.floorplans.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole service hall: its floors and the connectors between them. When {@code stepFreeRequired}
 * is set, every counter must be reachable from an entrance without steps or stairs.
 */
public record Office(
    String id,
    LocalizedText name,
    boolean stepFreeRequired,
    List<Floor> floors,
    List<Connector> connectors) {
  public Office {
    floors = List.copyOf(floors);
    connectors = List.copyOf(connectors);
  }

  public Optional<Floor> floor(int level) {
    return floors.stream().filter(f -> f.level() == level).findFirst();
  }

  /** The element with this id and the floor it is on. */
  public Optional<Placed> find(String elementId) {
    for (Floor floor : floors) {
      for (Element element : floor.elements()) {
        if (element.id().equals(elementId)) {
          return Optional.of(new Placed(element, floor));
        }
      }
    }
    return Optional.empty();
  }

  /** An element together with its floor. */
  public record Placed(Element element, Floor floor) {}
}
