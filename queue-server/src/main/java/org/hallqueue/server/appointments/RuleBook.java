package org.hallqueue.server.appointments;

import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.persistence.CommittedCache;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.springframework.stereotype.Component;

/** The office's appointment rules, kept as the document {@value #DOCUMENT}. */
@Component
public class RuleBook {
  static final String DOCUMENT = "appointments";

  private final DocumentStore documents;
  private final Json json;
  private final Writes writes;
  private final CommittedCache<String, AppointmentRules> cache;

  RuleBook(DocumentStore documents, Json json, Writes writes) {
    this.documents = documents;
    this.json = json;
    this.writes = writes;
    this.cache = new CommittedCache<>(writes);
  }

  public AppointmentRules rules() {
    return cache.get(
        DOCUMENT,
        name ->
            documents
                .get(name)
                .map(s -> json.read(s, AppointmentRules.class))
                .orElse(AppointmentRules.none()));
  }

  /** Sets the rules of a new office (the demo's), in a transaction of its own. */
  public void seed(AppointmentRules rules) {
    writes.inTransaction(
        () -> {
          put(rules);
          return null;
        });
  }

  /** Replaces the rules; inside a write transaction. */
  void put(AppointmentRules rules) {
    cache.changing();
    documents.put(DOCUMENT, json.write(rules));
  }
}
