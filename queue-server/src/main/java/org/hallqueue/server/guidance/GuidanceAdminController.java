package org.hallqueue.server.guidance;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.ConfigAudit;
import org.hallqueue.server.changes.ConfigConflictException;
import org.hallqueue.server.changes.ConfigVersions;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.web.FieldProblem;
import org.hallqueue.server.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The kiosk's guidance for managers: read it with its version, and replace it after the same checks
 * an office bundle gets (every path ends in a service, an online alternative, staff or information;
 * no loops or orphans; both languages everywhere). An invalid tree changes nothing.
 */
@RestController
class GuidanceAdminController {
  private final DocumentStore documents;
  private final CatalogStore catalog;
  private final ConfigVersions versions;
  private final ConfigAudit audit;
  private final Writes writes;
  private final Json json;
  private final OfficeDay officeDay;

  GuidanceAdminController(
      DocumentStore documents,
      CatalogStore catalog,
      ConfigVersions versions,
      ConfigAudit audit,
      Writes writes,
      Json json,
      OfficeDay officeDay) {
    this.documents = documents;
    this.catalog = catalog;
    this.versions = versions;
    this.audit = audit;
    this.writes = writes;
    this.json = json;
    this.officeDay = officeDay;
  }

  @GetMapping("/api/v1/admin/guidance")
  VersionedGuidance read() {
    return new VersionedGuidance(
        documents.get(DocumentStore.GUIDANCE).map(s -> json.read(s, JsonNode.class)).orElse(null),
        versions
            .of("document", DocumentStore.GUIDANCE)
            .map(ConfigVersions.Stamp::version)
            .orElse(0L));
  }

  /** The guidance tree with the version a later save must name. */
  record VersionedGuidance(JsonNode guidance, long version) {}

  /**
   * Replaces the guidance. With {@code version} (what the console read) a stale edit is refused
   * with 409; scripts may leave it out to replace whatever is there.
   */
  @PutMapping("/api/v1/guidance")
  VersionedGuidance replace(
      @RequestBody(required = false) JsonNode guidance,
      @RequestParam(required = false) Long version,
      Principal who) {
    Set<String> services =
        catalog.services().stream().map(OfficeService::code).collect(Collectors.toSet());
    List<FieldProblem> problems = GuidanceCheck.problems(guidance, services);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return writes.inTransaction(
        () -> {
          ConfigVersions.Stamp now = versions.of("document", DocumentStore.GUIDANCE).orElse(null);
          long current = now == null ? 0 : now.version();
          if (version != null && version != current) {
            throw stale(now);
          }
          documents.put(DocumentStore.GUIDANCE, json.write(guidance));
          ConfigVersions.Stamp stamp =
              versions.sign("document", DocumentStore.GUIDANCE, who.getName());
          audit.record("guidance", "updated", null, who.getName(), stamp.version(), null);
          return new VersionedGuidance(guidance, stamp.version());
        });
  }

  private ConfigConflictException stale(ConfigVersions.Stamp now) {
    String who = now.updatedBy() == null ? "an import or another process" : now.updatedBy();
    String whoZh = now.updatedBy() == null ? "导入或其他操作" : now.updatedBy();
    String when =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .format(now.updatedAt().atZone(officeDay.zone()));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", "STALE_VERSION");
    details.put("changedBy", now.updatedBy());
    details.put("changedAt", now.updatedAt().toString());
    details.put("currentVersion", now.version());
    details.put(
        "current",
        documents.get(DocumentStore.GUIDANCE).map(s -> json.read(s, JsonNode.class)).orElse(null));
    return new ConfigConflictException(
        Map.of(
            "en",
            "The guidance was changed by "
                + who
                + " at "
                + when
                + " after you opened it. Your changes are not saved: compare, then save again to"
                + " overwrite theirs, or load their version.",
            "zh-CN",
            "您打开后，引导问答已被 " + whoZh + " 于 " + when + " 修改。您的修改尚未保存：请核对后再次保存以覆盖，或载入对方的版本。"),
        details);
  }
}
