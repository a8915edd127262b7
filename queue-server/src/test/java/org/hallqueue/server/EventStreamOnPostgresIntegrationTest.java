package org.hallqueue.server;

import org.hallqueue.server.support.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The event stream's contract (in order, gap-free, resumable with since), on PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class EventStreamOnPostgresIntegrationTest extends EventStreamIntegrationTest {}
