package org.hallqueue.server;

import org.hallqueue.server.support.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The ticket lifecycle's contract, on PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class TicketLifecycleOnPostgresIntegrationTest extends TicketLifecycleIntegrationTest {}
