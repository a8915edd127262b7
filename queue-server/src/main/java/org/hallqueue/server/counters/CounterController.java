package org.hallqueue.server.counters;

import java.security.Principal;
import org.hallqueue.server.catalog.CounterDoc;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.RankedTicket;
import org.hallqueue.server.tickets.TicketView;
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

  /** 200 with the called ticket and why it was chosen, or 204 when nothing waits. */
  @PostMapping("/call-next")
  ResponseEntity<TicketView> callNext(@PathVariable String id, Principal who) {
    return actions
        .callNext(id, who.getName())
        .map(CounterController::view)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  private static TicketView view(RankedTicket called) {
    return TicketView.of(called.ticket()).withReason(called.reason());
  }
}
