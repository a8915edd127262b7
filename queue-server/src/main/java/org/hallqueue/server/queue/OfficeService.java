package org.hallqueue.server.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A service the office offers (业务), identified by the letter that starts its ticket numbers.
 *
 * @param documents what to have ready, each in both languages
 * @param online where the matter can be done without queuing, or {@code null}
 * @param zone the floorplan zone where its visitors wait
 */
public record OfficeService(
    String code,
    Map<String, String> name,
    Map<String, String> description,
    Duration expectedServiceTime,
    List<Map<String, String>> documents,
    OnlineAlternative online,
    String zone,
    int sortOrder) {

  /** Where the matter can be done online: a name in both languages and an address. */
  public record OnlineAlternative(Map<String, String> name, String url) {}
}
