package org.hallqueue.server.admin;

import org.hallqueue.server.support.OnPostgres;
import org.springframework.test.context.ContextConfiguration;

/** Document versions and history (kept by triggers), on PostgreSQL. */
@ContextConfiguration(initializers = OnPostgres.class)
class DocumentVersionsOnPostgresIntegrationTest extends DocumentVersionsIntegrationTest {}
