package org.hallqueue.server.admin;

import org.hallqueue.server.support.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** Staff accounts and devices (Spring Data JDBC repositories), on PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class PeopleAndDevicesOnPostgresIntegrationTest extends PeopleAndDevicesIntegrationTest {}
