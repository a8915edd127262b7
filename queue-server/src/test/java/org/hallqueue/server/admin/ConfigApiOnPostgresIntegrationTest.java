package org.hallqueue.server.admin;

import org.hallqueue.server.support.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** The configuration API's contract (versions kept by triggers), on PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class ConfigApiOnPostgresIntegrationTest extends ConfigApiIntegrationTest {}
