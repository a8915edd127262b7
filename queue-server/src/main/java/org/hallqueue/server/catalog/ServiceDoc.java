package org.hallqueue.server.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.web.Checks;

/** A service as the API and the office bundle write it. */
public record ServiceDoc(
    String code,
    Map<String, String> name,
    Map<String, String> description,
    Long expectedServiceSeconds,
    List<Map<String, String>> documents,
    OnlineDoc online,
    String zone,
    Integer sortOrder) {

  static final Pattern CODE = Pattern.compile("[A-Z]");
  static final Pattern URL = Pattern.compile("https?://[^\\s]{1,300}");

  /** Where the matter can be done without queuing. */
  public record OnlineDoc(Map<String, String> name, String url) {}

  public static ServiceDoc of(OfficeService s) {
    return new ServiceDoc(
        s.code(),
        s.name(),
        s.description(),
        s.expectedServiceTime().toSeconds(),
        s.documents(),
        s.online() == null ? null : new OnlineDoc(s.online().name(), s.online().url()),
        s.zone(),
        s.sortOrder());
  }

  public void check(Checks checks, String at) {
    checks.matches(code, CODE, at + ".code", "must be one capital letter A-Z");
    checks.bilingual(name, at + ".name", 80);
    if (description != null) {
      checks.bilingual(description, at + ".description", 300, true);
    }
    if (checks.present(expectedServiceSeconds, at + ".expectedServiceSeconds")) {
      checks.require(
          expectedServiceSeconds >= 30 && expectedServiceSeconds <= 14_400,
          at + ".expectedServiceSeconds",
          "must be between 30 and 14400 seconds");
    }
    if (documents != null) {
      checks.require(documents.size() <= 20, at + ".documents", "lists more than 20 documents");
      for (int i = 0; i < documents.size(); i++) {
        checks.bilingual(documents.get(i), at + ".documents[" + i + "]", 120);
      }
    }
    if (online != null) {
      checks.bilingual(online.name(), at + ".online.name", 120);
      checks.matches(online.url(), URL, at + ".online.url", "must be an http(s) address");
    }
    checks.text(zone, at + ".zone", 40, false);
  }

  public OfficeService toService() {
    return new OfficeService(
        code,
        Map.copyOf(name),
        description == null ? Map.of() : Map.copyOf(description),
        Duration.ofSeconds(expectedServiceSeconds),
        documents == null ? List.of() : documents.stream().map(Map::copyOf).toList(),
        online == null
            ? null
            : new OfficeService.OnlineAlternative(Map.copyOf(online.name()), online.url()),
        zone,
        sortOrder == null ? 0 : sortOrder);
  }
}
