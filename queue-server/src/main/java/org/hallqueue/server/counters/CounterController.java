package org.hallqueue.server.counters;

import java.security.Principal;
import org.hallqueue.server.catalog.CounterDoc;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.queue.CallNext;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.web.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counter actions for staff. */
@RestController
@RequestMapping("/api/v1/counters/{id}")
class CounterController {
  private final CounterActions actions;

  CounterController(CounterActions actions) {
    this.actions = actions;
  }

  @PostMapping("/open")
  CounterDoc open(@PathVariable String id, Principal who) {
    return CounterDoc.of(actions.setStatus(id, CounterStatus.OPEN, who.getName()));
  }

  @PostMapping("/pause")
  CounterDoc pause(@PathVariable String id, Principal who) {
    return CounterDoc.of(actions.setStatus(id, CounterStatus.PAUSED, who.getName()));
  }

  @PostMapping("/close")
  CounterDoc close(@PathVariable String id, Principal who) {
    return CounterDoc.of(actions.setStatus(id, CounterStatus.CLOSED, who.getName()));
  }

  /** 200 with the called ticket and why it was chosen, 204 when nothing waits, 409 refused. */
  @PostMapping("/call-next")
  ResponseEntity<TicketView> callNext(@PathVariable String id, Principal who) {
    CallNext.Outcome outcome = actions.callNext(id, who.getName());
    if (outcome instanceof CallNext.Called called) {
      return ResponseEntity.ok(TicketView.of(called.called()).withReason(called.reason()));
    }
    if (outcome instanceof CallNext.Refused refused) {
      throw new ConflictException(null, "call-next", refused.reason());
    }
    return ResponseEntity.noContent().build();
  }
}
