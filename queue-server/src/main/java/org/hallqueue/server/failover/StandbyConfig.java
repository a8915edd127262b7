package org.hallqueue.server.failover;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** A standby's refusals in front of every request, and migrations only on the active server. */
@Configuration(proxyBeanMethods = false)
class StandbyConfig {
  @Bean
  FilterRegistrationBean<StandbyAnswers> standbyAnswers(Leadership leadership) {
    FilterRegistrationBean<StandbyAnswers> registration =
        new FilterRegistrationBean<>(new StandbyAnswers(leadership));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * The schema is the active server's to migrate: a standby (perhaps a newer version) migrates when
   * it takes over, before anything reads the tables. Meanwhile it reads what is applied (writing
   * nothing), so that migrating later costs a check, not the loading of Flyway.
   */
  @Bean
  FlywayMigrationStrategy migrateOnTheActiveServer(Leadership leadership) {
    return flyway -> {
      if (!leadership.active()) {
        flyway.info();
      }
      leadership.whenActive("migrations", () -> flyway.migrate());
    };
  }
}
