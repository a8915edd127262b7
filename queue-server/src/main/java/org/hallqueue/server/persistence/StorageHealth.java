package org.hallqueue.server.persistence;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} tells whether changes are being saved: DOWN while saving is stopped or
 * since the last batch failed, until one commits again.
 */
@Component("storage")
class StorageHealth implements HealthIndicator {
  private final Writes writes;

  StorageHealth(Writes writes) {
    this.writes = writes;
  }

  @Override
  public Health health() {
    String problem = writes.problem();
    return problem == null
        ? Health.up().build()
        : Health.down().withDetail("problem", problem).build();
  }
}
