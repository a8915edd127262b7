package org.hallqueue.server.events;

import io.swagger.v3.oas.annotations.Operation;
import java.util.stream.Collectors;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/events?since=SEQ&limit=N}: the event log, oldest first. */
@RestController
@RequestMapping("/api/v1/events")
class EventController {
  private final EventLog events;

  EventController(EventLog events) {
    this.events = events;
  }

  @Operation(
      summary = "The event log, oldest first",
      description =
          "The same objects stream live over the WebSocket /ws/events?since=SEQ&log=ID. A client"
              + " more than "
              + EventPump.MAX_REPLAY
              + " events behind, ahead of the log, or naming another log (the database was"
              + " restored from a backup) first receives {\"type\":\"RESYNC\",\"seq\":N,"
              + "\"log\":ID}: it reloads its snapshot (/api/v1/board, /api/v1/queue) and goes on"
              + " with the events after N. A client that falls that far behind while connected gets"
              + " the same message. The X-Event-Log response header names this log.")
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> since(
      @RequestParam(defaultValue = "0") long since, @RequestParam(defaultValue = "100") int limit) {
    if (since < 0) {
      throw new InvalidInputException("since", "must be 0 or more");
    }
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("limit", "must be between 1 and 1000");
    }
    String body =
        events.since(since, limit).stream()
            .map(Event::json)
            .collect(Collectors.joining(",", "[", "]"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-Event-Log", events.identity())
        .body(body);
  }
}
