package org.hallqueue.server.changes;

import java.util.List;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The audit trail: who changed which part of the configuration, when, from what to what. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {
  private final ConfigAudit audit;

  AuditController(ConfigAudit audit) {
    this.audit = audit;
  }

  @GetMapping
  List<JsonNode> list(
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("limit", "must be between 1 and 1000");
    }
    return audit.list(limit, before);
  }
}
