package org.hallqueue.server.bundle;

import java.security.Principal;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.ConfigChanged;
import org.hallqueue.server.floorplan.FloorplanCheck;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The office's documents: guidance, floorplan, and the whole bundle. */
@RestController
@RequestMapping("/api/v1")
class OfficeController {
  private final DocumentStore documents;
  private final OfficeBundles bundles;
  private final FloorplanCheck floorplans;
  private final Writes writes;
  private final EventLog events;

  OfficeController(
      DocumentStore documents,
      OfficeBundles bundles,
      FloorplanCheck floorplans,
      Writes writes,
      EventLog events) {
    this.documents = documents;
    this.bundles = bundles;
    this.floorplans = floorplans;
    this.writes = writes;
    this.events = events;
  }

  @GetMapping(value = "/guidance", produces = MediaType.APPLICATION_JSON_VALUE)
  String guidance() {
    return documents
        .get(DocumentStore.GUIDANCE)
        .orElseThrow(() -> new NotFoundException("this office has no guidance yet"));
  }

  @GetMapping(value = "/floorplan", produces = MediaType.APPLICATION_JSON_VALUE)
  String floorplan() {
    return documents
        .get(DocumentStore.FLOORPLAN)
        .orElseThrow(() -> new NotFoundException("this office has no floorplan yet"));
  }

  @PutMapping(value = "/floorplan", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> replaceFloorplan(
      @RequestBody(required = false) String body, Principal who) {
    Checks checks = new Checks();
    if (body == null || body.isBlank()) {
      checks.problem("body", "a floorplan JSON document is required");
    } else {
      floorplans.check(body, "", checks);
    }
    checks.throwIfAny();
    writes.inTransaction(
        () -> {
          documents.put(DocumentStore.FLOORPLAN, body);
          events.append(ConfigChanged.of("floorplan", who.getName()));
          return null;
        });
    return ResponseEntity.ok(body);
  }

  @GetMapping("/office-bundle")
  OfficeBundle exportBundle() {
    return bundles.export();
  }

  /**
   * Imports a bundle in one transaction, or with {@code dryRun=true} only checks it (the console
   * checks a file before the manager confirms the import).
   */
  @PostMapping("/office-bundle")
  ImportSummary importBundle(
      @RequestBody(required = false) OfficeBundle bundle,
      @RequestParam(defaultValue = "false") boolean dryRun,
      Principal who) {
    if (dryRun) {
      bundles.validate(bundle);
    } else {
      bundles.importBundle(bundle, who.getName());
    }
    return new ImportSummary(
        !dryRun,
        bundle.services().size(),
        bundle.lanes().size(),
        bundle.counters().size(),
        bundle.guidance() != null && !bundle.guidance().isNull(),
        bundle.floorplan() != null && !bundle.floorplan().isNull());
  }

  /** What a bundle holds, and whether it was imported or only checked. */
  record ImportSummary(
      boolean imported,
      int services,
      int lanes,
      int counters,
      boolean guidance,
      boolean floorplan) {}
}
