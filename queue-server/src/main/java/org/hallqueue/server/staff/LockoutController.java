package org.hallqueue.server.staff;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's view of who cannot sign in now, and from where. */
@RestController
class LockoutController {
  private final LoginAttempts attempts;

  LockoutController(LoginAttempts attempts) {
    this.attempts = attempts;
  }

  @GetMapping("/api/v1/admin/lockouts")
  List<LoginAttempts.Lockout> lockouts() {
    return attempts.lockouts();
  }
}
