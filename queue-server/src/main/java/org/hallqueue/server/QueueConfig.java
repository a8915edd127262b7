package org.hallqueue.server;

import java.time.Clock;
import java.time.Duration;
import org.hallqueue.server.appointments.AppointmentTickets;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.queue.AppointmentsAhead;
import org.hallqueue.server.queue.CallNext;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.ParkedFirst;
import org.hallqueue.server.tickets.TicketStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java queue rules into the application. */
@Configuration(proxyBeanMethods = false)
class QueueConfig {

  /** Ticks in milliseconds: what the database stores, so a time reads back as it was written. */
  @Bean
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
  }

  @Bean
  CallStrategy callStrategy(
      QueueSettings settings, AppointmentTickets appointments, TicketStore tickets) {
    return new ParkedFirst(
        new AppointmentsAhead(
            CallStrategy.named(settings.callStrategy()),
            appointments::booked,
            appointments::ahead,
            appointments::anyBooked),
        tickets::anyBackFromPark);
  }

  @Bean
  CallNext callNext(CallStrategy strategy) {
    return new CallNext(strategy);
  }
}
