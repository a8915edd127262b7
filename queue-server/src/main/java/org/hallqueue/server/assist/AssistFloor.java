package org.hallqueue.server.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.drawing.FloorDrawings;
import org.hallqueue.floorplans.model.DisplayBoard;
import org.hallqueue.floorplans.model.Kiosk;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.hallqueue.floorplans.svg.SvgWriter;
import org.hallqueue.server.changes.DocumentStore;
import org.springframework.stereotype.Component;

/**
 * The office's saved floor plan as the floor assistant uses it: the places an assistant stands at,
 * the kiosks, the walk between two of them (by the floorplans router), and that walk drawn.
 */
@Component
class AssistFloor {
  private final DocumentStore documents;
  private String readJson;
  private Optional<Office> read = Optional.empty();
  private Optional<RoutePlanner> planner = Optional.empty();

  AssistFloor(DocumentStore documents) {
    this.documents = documents;
  }

  /** An element of the plan an assistant can stand at or walk to. */
  record Place(String id, String type, Map<String, String> name) {}

  /** The plan as saved now; read again only when it changed. */
  synchronized Optional<Office> office() {
    String json = documents.get(DocumentStore.FLOORPLAN).orElse(null);
    if (json == null) {
      readJson = null;
      read = Optional.empty();
      planner = Optional.empty();
    } else if (!json.equals(readJson)) {
      read = Floorplans.read(json).office();
      planner = read.map(RoutePlanner::of); // its walking network is built once per plan
      readJson = json;
    }
    return read;
  }

  private synchronized Optional<RoutePlanner> planner() {
    office();
    return planner;
  }

  /** Entrances, waiting zones, kiosks and counters: where an assistant may say they are. */
  List<Place> places() {
    List<Place> places = new ArrayList<>();
    office()
        .ifPresent(
            o ->
                o.floors()
                    .forEach(
                        f ->
                            f.elements().stream()
                                .filter(e -> !(e instanceof DisplayBoard))
                                .forEach(
                                    e ->
                                        places.add(
                                            new Place(e.id(), e.type(), e.name().asMap())))));
    places.sort(Comparator.comparing(p -> order(p.type())));
    return places;
  }

  boolean isKiosk(String id) {
    return office().flatMap(o -> o.find(id)).map(p -> p.element() instanceof Kiosk).orElse(false);
  }

  boolean has(String id) {
    return office().flatMap(o -> o.find(id)).isPresent();
  }

  Optional<Map<String, String>> name(String id) {
    return office().flatMap(o -> o.find(id)).map(p -> p.element().name().asMap());
  }

  /** The walking route between two elements, when the plan has both and a way between them. */
  synchronized Optional<Route> route(String from, String to) {
    if (from == null || to == null || !has(from) || !has(to)) {
      return Optional.empty();
    }
    return planner().flatMap(p -> p.route(from, to, false));
  }

  /** Walking metres from one element to another, one decimal; null without a route. */
  Double meters(String from, String to) {
    return route(from, to).map(r -> Math.round(r.lengthMeters() * 10) / 10.0).orElse(null);
  }

  /**
   * The floor of {@code to} drawn as SVG in {@code lang}, with the walk from {@code from} and a
   * "you are here" mark at {@code from}; empty when the plan lacks {@code to}.
   */
  Optional<String> drawing(String from, String to, Lang lang) {
    Optional<Office> plan = office();
    return plan.flatMap(o -> o.find(to))
        .map(
            target -> {
              Optional<Route> walk = from == null ? Optional.empty() : route(from, to);
              Optional<String> here =
                  from == null ? Optional.of(to) : Optional.of(from).filter(this::has);
              return SvgWriter.write(
                  FloorDrawings.of(plan.get(), target.floor().level(), lang, walk, here), 20);
            });
  }

  private static int order(String type) {
    return switch (type) {
      case "zone" -> 0;
      case "kiosk" -> 1;
      case "entrance" -> 2;
      default -> 3;
    };
  }
}
