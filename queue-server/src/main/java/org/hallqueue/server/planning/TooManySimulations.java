package org.hallqueue.server.planning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers 429 problem+json when the simulation pool is full. */
@RestControllerAdvice(assignableTypes = {SimulationController.class, PlaybookController.class})
class TooManySimulations {
  @ExceptionHandler(SimulationRuns.Busy.class)
  ProblemDetail busy(SimulationRuns.Busy e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    p.setTitle("Too many simulations");
    return p;
  }
}
