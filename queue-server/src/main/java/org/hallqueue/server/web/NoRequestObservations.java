package org.hallqueue.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Requests are not observed: nothing reads request metrics (only {@code /actuator/health} is
 * exposed), and wrapping each of the dozen security filters of every request in an observation cost
 * a measurable share of a ticket's CPU. The MVC request observation filter is left out in {@code
 * application.properties} ({@code spring.autoconfigure.exclude}).
 */
@Configuration(proxyBeanMethods = false)
class NoRequestObservations {

  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }
}
