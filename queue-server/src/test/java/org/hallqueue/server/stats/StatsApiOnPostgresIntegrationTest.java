package org.hallqueue.server.stats;

import org.hallqueue.server.support.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The statistics' contract (reads inside event payloads, daily rollups), on PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class StatsApiOnPostgresIntegrationTest extends StatsApiIntegrationTest {}
