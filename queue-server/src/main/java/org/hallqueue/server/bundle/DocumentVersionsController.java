package org.hallqueue.server.bundle;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.floorplan.FloorplanCheck;
import org.hallqueue.server.guidance.GuidanceCheck;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.InvalidInputException;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Earlier versions of the floorplan and the guidance, and rolling back to one. A database trigger
 * (migration V2) keeps every saved content, whoever saved it (console, PUT, bundle import); a
 * restored version is checked again as if it were new, then saved as the newest version.
 */
@RestController
@RequestMapping("/api/v1/admin/documents/{name}/versions")
class DocumentVersionsController {
  static final Set<String> NAMES = Set.of(DocumentStore.FLOORPLAN, DocumentStore.GUIDANCE);

  private final JdbcClient db;
  private final DocumentStore documents;
  private final FloorplanCheck floorplans;
  private final CatalogStore catalog;
  private final ConfigVersions versions;
  private final ConfigAudit audit;
  private final Writes writes;
  private final Json json;

  DocumentVersionsController(
      JdbcClient db,
      DocumentStore documents,
      FloorplanCheck floorplans,
      CatalogStore catalog,
      ConfigVersions versions,
      ConfigAudit audit,
      Writes writes,
      Json json) {
    this.db = db;
    this.documents = documents;
    this.floorplans = floorplans;
    this.catalog = catalog;
    this.versions = versions;
    this.audit = audit;
    this.writes = writes;
    this.json = json;
  }

  @GetMapping
  List<Version> list(@PathVariable String name) {
    known(name);
    String current = documents.get(name).orElse(null);
    List<Version> rows =
        db.sql(
                "SELECT id, saved_at, length(content), content = ? FROM document_history"
                    + " WHERE name = ? ORDER BY id DESC")
            .params(current, name)
            .query(
                (rs, n) ->
                    new Version(
                        rs.getLong(1),
                        Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getLong(3),
                        n == 0 && rs.getBoolean(4)))
            .list();
    return rows;
  }

  /** A saved version of a document; {@code current} for the newest when it is what is in force. */
  record Version(long id, Instant savedAt, long bytes, boolean current) {}

  /** A restored version and the document's new version number. */
  record Restored(long restored, long version) {}

  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  String content(@PathVariable String name, @PathVariable long id) {
    known(name);
    return find(name, id);
  }

  @PostMapping("/{id}/restore")
  Restored restore(@PathVariable String name, @PathVariable long id, Principal who) {
    known(name);
    String content = find(name, id);
    Checks checks = new Checks();
    if (name.equals(DocumentStore.FLOORPLAN)) {
      floorplans.check(content, "", checks);
    } else {
      Set<String> services =
          catalog.services().stream().map(OfficeService::code).collect(Collectors.toSet());
      checks.addAll(GuidanceCheck.problems(json.read(content, JsonNode.class), services));
    }
    checks.throwIfAny();
    return writes.inTransaction(
        () -> {
          documents.put(name, content);
          ConfigVersions.Stamp stamp = versions.sign("document", name, who.getName());
          audit.record(name, "restored", "#" + id, who.getName(), stamp.version(), null);
          return new Restored(id, stamp.version());
        });
  }

  private String find(String name, long id) {
    return db.sql("SELECT content FROM document_history WHERE name = ? AND id = ?")
        .params(name, id)
        .query(String.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("there is no version " + id + " of the " + name));
  }

  private static void known(String name) {
    if (!NAMES.contains(name)) {
      throw new InvalidInputException("name", "must be floorplan or guidance");
    }
  }
}
