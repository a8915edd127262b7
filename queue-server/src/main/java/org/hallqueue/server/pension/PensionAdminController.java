package org.hallqueue.server.pension;

import java.security.Principal;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.web.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calculator's local figures for managers: read them with their version, replace them after
 * checks. A save on a stale version is refused with 409, as for the other documents.
 */
@RestController
@RequestMapping("/api/v1/admin/pension-figures")
class PensionAdminController {
  private final PensionFiguresStore store;
  private final ConfigVersions versions;
  private final ConfigAudit audit;
  private final Writes writes;

  PensionAdminController(
      PensionFiguresStore store, ConfigVersions versions, ConfigAudit audit, Writes writes) {
    this.store = store;
    this.versions = versions;
    this.audit = audit;
    this.writes = writes;
  }

  record Versioned(PensionFigures figures, long version) {}

  @GetMapping
  Versioned read() {
    return new Versioned(store.current(), store.version());
  }

  @PutMapping
  Versioned replace(
      @RequestBody(required = false) PensionFigures figures,
      @RequestParam(required = false) Long version,
      Principal who) {
    Checks checks = new Checks();
    if (checks.present(figures, "figures")) {
      figures.check(checks, "figures");
    }
    checks.throwIfAny();
    return writes.inTransaction(
        () -> {
          if (version != null) {
            versions.expect(
                "document",
                PensionFiguresStore.DOCUMENT,
                version,
                stamp -> store.current(),
                "calculator's figures",
                "养老金计算数据");
          }
          PensionFigures before = store.current();
          store.put(figures);
          ConfigVersions.Stamp stamp =
              versions.sign("document", PensionFiguresStore.DOCUMENT, who.getName());
          audit.record(
              "pension-figures",
              "updated",
              null,
              who.getName(),
              stamp.version(),
              audit.diff(before, figures));
          return new Versioned(figures, stamp.version());
        });
  }
}
