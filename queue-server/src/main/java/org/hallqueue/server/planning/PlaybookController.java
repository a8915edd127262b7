package org.hallqueue.server.planning;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The playbook report's figures (MANAGER); {@code /admin/playbook.html} prints them. */
@RestController
class PlaybookController {
  private final Playbook playbook;

  PlaybookController(Playbook playbook) {
    this.playbook = playbook;
  }

  @GetMapping("/api/v1/playbook")
  PlaybookReport playbook() {
    return playbook.report();
  }
}
