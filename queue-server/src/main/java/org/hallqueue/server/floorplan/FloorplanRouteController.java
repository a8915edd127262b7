package org.hallqueue.server.floorplan;

import java.net.URI;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.server.web.Checks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The floorplan editor's route preview (MANAGER, as all of /api/v1/admin): a route between two
 * elements of a draft plan, saved or not. 400 names every problem of the plan or the request, 404
 * says there is no way.
 */
@RestController
@RequestMapping("/api/v1/admin/floorplan")
class FloorplanRouteController {

  /** The draft plan (floorplan JSON), two element ids, and whether the way must be step-free. */
  record RouteQuestion(JsonNode plan, String from, String to, Boolean stepFree) {}

  @PostMapping(value = "/route", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> route(@RequestBody(required = false) RouteQuestion question) {
    Checks checks = new Checks();
    if (question == null) {
      checks.problem("body", "a JSON body with plan, from and to is required");
      checks.throwIfAny();
    }
    boolean hasPlan =
        checks.require(question.plan() != null && !question.plan().isNull(), "plan", "is required");
    checks.present(blankToNull(question.from()), "from");
    checks.present(blankToNull(question.to()), "to");
    if (!hasPlan) {
      checks.throwIfAny();
    }
    boolean stepFree = Boolean.TRUE.equals(question.stepFree());
    FloorplanRoutes.Outcome outcome =
        FloorplanRoutes.route(
            question.plan().toString(), question.from(), question.to(), stepFree, checks);
    if (outcome instanceof FloorplanRoutes.Found found) {
      return ResponseEntity.ok(found.route());
    }
    return noRoute((FloorplanRoutes.NoRoute) outcome, question, stepFree);
  }

  private static ResponseEntity<Object> noRoute(
      FloorplanRoutes.NoRoute none, RouteQuestion question, boolean stepFree) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, none.message().in(Lang.EN));
    p.setTitle("No route");
    p.setType(URI.create("about:blank"));
    p.setProperty("field", "to");
    p.setProperty("from", question.from());
    p.setProperty("to", question.to());
    p.setProperty("stepFree", stepFree);
    p.setProperty("messages", none.message().asMap());
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
