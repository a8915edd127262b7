package org.hallqueue.server.office;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Named JSON documents of the office: its guidance tree, its floorplan, its name. */
@Component
public class DocumentStore {
  public static final String GUIDANCE = "guidance";
  public static final String FLOORPLAN = "floorplan";
  public static final String OFFICE = "office";

  private final JdbcClient db;
  private final Clock clock;

  public DocumentStore(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<String> get(String name) {
    return db.sql("SELECT content FROM document WHERE name = ?")
        .param(name)
        .query(String.class)
        .optional();
  }

  // --- added for the manager console (issue 7): GuidanceCheck is package-private; this exposes it.
  /** Every problem of a guidance tree, fields named under {@code guidance}, given the services. */
  public java.util.List<org.hallqueue.server.web.FieldProblem> guidanceProblems(
      tools.jackson.databind.JsonNode guidance, java.util.Set<String> services) {
    org.hallqueue.server.web.Checks checks = new org.hallqueue.server.web.Checks();
    if (guidance == null || guidance.isNull()) {
      checks.problem("guidance", "a guidance document with start and questions is required");
    } else {
      GuidanceCheck.check(guidance, services, checks, "guidance");
    }
    return checks.problems();
  }

  // --- end of the manager console's additions.

  /** Stores or, for a null content, removes the document. Run inside a write transaction. */
  public void put(String name, String content) {
    if (content == null) {
      db.sql("DELETE FROM document WHERE name = ?").param(name).update();
      return;
    }
    db.sql("INSERT OR REPLACE INTO document (name, content, updated_at) VALUES (?, ?, ?)")
        .params(name, content, clock.millis())
        .update();
  }
}
