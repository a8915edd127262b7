package org.hallqueue.server.learning;

import jakarta.servlet.http.HttpServletRequest;
import org.hallqueue.server.web.Checks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Learning while waiting, for visitors: the game's script, and the counts a game sends (public,
 * checked, each step once per game, a limited number a minute per address).
 */
@RestController
@RequestMapping("/api/v1/learning")
class LearningController {
  private final LifePath lifePath;
  private final Plays plays;
  private final Tallies tallies;

  LearningController(LifePath lifePath, Plays plays, Tallies tallies) {
    this.lifePath = lifePath;
    this.plays = plays;
    this.tallies = tallies;
  }

  @GetMapping("/game")
  JsonNode game() {
    return lifePath.game();
  }

  record Counted(boolean counted) {}

  @PostMapping("/tallies")
  ResponseEntity<Counted> tally(
      @RequestBody(required = false) Tally tally, HttpServletRequest request) {
    Checks checks = new Checks();
    if (checks.present(tally, "body")) {
      tally.check(checks);
    }
    checks.throwIfAny();
    return switch (plays.take(tally, request.getRemoteAddr())) {
      case NONE -> {
        tallies.count(tally);
        yield ResponseEntity.ok(new Counted(true));
      }
      case DUPLICATE, NOT_STARTED -> ResponseEntity.ok(new Counted(false));
      case TOO_MANY -> throw new TooManyCounts();
    };
  }

  static final class TooManyCounts extends RuntimeException {
    TooManyCounts() {
      super("Too many counts from this address: try again in a minute.");
    }
  }

  @ExceptionHandler(TooManyCounts.class)
  ProblemDetail tooMany(TooManyCounts e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    p.setTitle("Too many counts");
    return p;
  }
}
