package org.hallqueue.server.floorplan;

import java.util.Map;
import java.util.Optional;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.ReadResult;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.LocalizedText;
import org.hallqueue.floorplans.model.Office;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.hallqueue.server.web.Checks;

/**
 * Routes through a floorplan that need not be saved yet (the editor's draft): the plan is checked
 * by the floorplans library exactly as a save would check it, then routed on directly.
 */
final class FloorplanRoutes {
  private FloorplanRoutes() {}

  /** What asking for a route gave: a route, or the certainty that there is no way. */
  sealed interface Outcome permits Found, NoRoute {}

  record Found(RoutePreview route) implements Outcome {}

  /** No way between the two elements (for a wheelchair user, when step-free). */
  record NoRoute(LocalizedText message) implements Outcome {}

  /**
   * The route from one element of the plan to another. Every problem of the plan (named by its JSON
   * pointer under {@code /plan}) and every unknown id is added to {@code checks}, which may already
   * hold problems of the request; all of them are thrown together as one 400.
   */
  static Outcome route(String planJson, String from, String to, boolean stepFree, Checks checks) {
    ReadResult read = Floorplans.read(planJson);
    read.problems()
        .forEach(p -> checks.problem("/plan" + p.pointer(), p.message(Lang.EN), p.messages()));
    Optional<Office> office = read.office();
    office.ifPresent(
        o -> {
          known(o, from, "from", checks);
          known(o, to, "to", checks);
        });
    checks.throwIfAny();
    Office plan = office.orElseThrow();
    return RoutePlanner.route(plan, from, to, stepFree)
        .<Outcome>map(r -> new Found(RoutePreview.of(r)))
        .orElseGet(() -> new NoRoute(noRoute(plan, from, to, stepFree)));
  }

  private static void known(Office office, String id, String field, Checks checks) {
    if (id != null && !id.isBlank() && office.find(id).isEmpty()) {
      checks.problem(
          field,
          "is not an element of this plan: " + id,
          Map.of("zh-CN", "这张平面图上没有“" + id + "”", "en", "is not an element of this plan: " + id));
    }
  }

  private static LocalizedText noRoute(Office office, String from, String to, boolean stepFree) {
    LocalizedText a = office.find(from).orElseThrow().element().name();
    LocalizedText b = office.find(to).orElseThrow().element().name();
    return stepFree
        ? LocalizedText.of(
            "从" + a.zhCN() + "到" + b.zhCN() + "没有无台阶的路线（轮椅无法通过）",
            "There is no step-free route from " + a.en() + " to " + b.en())
        : LocalizedText.of(
            "从" + a.zhCN() + "到" + b.zhCN() + "没有可走的路线",
            "There is no walking route from " + a.en() + " to " + b.en());
  }
}
