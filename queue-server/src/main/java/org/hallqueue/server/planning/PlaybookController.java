package org.hallqueue.server.planning;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The playbook report's figures (MANAGER); {@code /admin/playbook.html} prints them. */
@RestController
class PlaybookController {
  private final Playbook playbook;
  private final SimulationRuns runs;

  PlaybookController(Playbook playbook, SimulationRuns runs) {
    this.playbook = playbook;
    this.runs = runs;
  }

  @GetMapping("/api/v1/playbook")
  PlaybookReport playbook() {
    return runs.now(playbook::report);
  }
}
