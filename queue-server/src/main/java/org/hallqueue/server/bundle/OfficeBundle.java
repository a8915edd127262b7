package org.hallqueue.server.bundle;

import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CounterDoc;
import org.hallqueue.server.catalog.LaneDoc;
import org.hallqueue.server.catalog.ServiceDoc;
import tools.jackson.databind.JsonNode;

/**
 * The whole configuration of an office as one document, so a proven setup can be replicated in
 * another office: services, lanes, counters, guidance and floorplan.
 */
public record OfficeBundle(
    String format,
    Boolean sample,
    OfficeInfo office,
    Map<String, String> notice,
    List<LaneDoc> lanes,
    List<ServiceDoc> services,
    List<CounterDoc> counters,
    JsonNode guidance,
    JsonNode floorplan) {

  public static final String FORMAT = "hallqueue-office-bundle/1";

  /** The office's name (both languages) and time zone. */
  public record OfficeInfo(Map<String, String> name, String timeZone) {}
}
