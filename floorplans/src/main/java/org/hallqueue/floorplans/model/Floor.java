package org.hallqueue.floorplans.model;

import java.util.List;

/**
 * One floor of the office: a rectangle {@code width} × {@code depth} metres with its walls,
 * obstacles, steps and ramps, and the elements visitors go to. {@code level} is the floor number
 * people use (1 = ground floor in China).
 */
public record Floor(
    int level,
    LocalizedText name,
    double width,
    double depth,
    List<Wall> walls,
    List<Obstacle> obstacles,
    List<LevelChange> levelChanges,
    List<Element> elements) {
  public Floor {
    walls = List.copyOf(walls);
    obstacles = List.copyOf(obstacles);
    levelChanges = List.copyOf(levelChanges);
    elements = List.copyOf(elements);
  }
}
