package org.hallqueue.server.changes;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Conflicts of the manager console as 409 problem+json (the rest is the web package's advice). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChangeProblems {

  @ExceptionHandler(ConfigConflictException.class)
  ProblemDetail conflict(ConfigConflictException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Conflict");
    p.setType(URI.create("about:blank"));
    p.setProperty("messages", e.messages());
    e.details().forEach(p::setProperty);
    return p;
  }
}
