package org.hallqueue.server.changes;

import java.time.Clock;
import java.util.Optional;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Database;
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
  private final OfficeDay officeDay;
  private final String save;

  public DocumentStore(JdbcClient db, Clock clock, OfficeDay officeDay, Database database) {
    this.db = db;
    this.save = database.insertOrReplace("document", "name", "name", "content", "updated_at");
    this.clock = clock;
    this.officeDay = officeDay;
  }

  public Optional<String> get(String name) {
    return db.sql("SELECT content FROM document WHERE name = ?")
        .param(name)
        .query(String.class)
        .optional();
  }

  /** Stores or, for a null content, removes the document. Run inside a write transaction. */
  public void put(String name, String content) {
    if (OFFICE.equals(name)) {
      officeDay.changing();
    }
    if (content == null) {
      db.sql("DELETE FROM document WHERE name = ?").param(name).update();
      return;
    }
    db.sql(save).params(name, content, clock.millis()).update();
  }
}
