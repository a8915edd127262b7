package org.hallqueue.server.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.persistence.Json;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every page shows of the office (public): its one name, as the bundle's {@code office.name}
 * gives it, and its time zone, so that pages show the office's time and not the device's.
 */
@RestController
@RequestMapping("/api/v1")
class OfficeFactsController {
  private final DocumentStore documents;
  private final OfficeDay officeDay;
  private final Json json;

  OfficeFactsController(DocumentStore documents, OfficeDay officeDay, Json json) {
    this.documents = documents;
    this.officeDay = officeDay;
    this.json = json;
  }

  /** {@code name} is left out for an office whose bundle names none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OfficeFacts(Map<String, String> name, String timeZone) {}

  @GetMapping("/office")
  OfficeFacts office() {
    Map<String, String> name =
        documents
            .get(DocumentStore.OFFICE)
            .map(s -> json.read(s, OfficeBundles.OfficeInfoDoc.class).name())
            .orElse(null);
    return new OfficeFacts(name, officeDay.zone().getId());
  }
}
