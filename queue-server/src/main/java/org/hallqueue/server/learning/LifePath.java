package org.hallqueue.server.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.changes.DocumentStore;
import org.hallqueue.server.office.OfficeDay;
import org.hallqueue.server.pension.PensionEstimate;
import org.hallqueue.server.pension.PensionFigures;
import org.hallqueue.server.pension.PensionFiguresStore;
import org.hallqueue.server.pension.PensionFormula;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.queue.OfficeService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The game's script, one for the phone page, the board and the kiosk: its texts in both languages
 * with the yuan filled in from the office's calculator figures (the lowest base) and the script's
 * example amounts, the pension for every number of years, and the way to the fitting service at the
 * kiosk. Placeholders that depend on the player's choices ({years}, {pension}, {age}) are left for
 * the page to fill.
 */
@Component
class LifePath {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final JsonNode script;
  private final Json json;
  private final PensionFiguresStore figures;
  private final CatalogStore catalog;
  private final DocumentStore documents;
  private final OfficeDay officeDay;

  LifePath(
      Json json,
      PensionFiguresStore figures,
      CatalogStore catalog,
      DocumentStore documents,
      OfficeDay officeDay) {
    this.json = json;
    this.figures = figures;
    this.catalog = catalog;
    this.documents = documents;
    this.officeDay = officeDay;
    try (InputStream in = new ClassPathResource("learning/life-path.json").getInputStream()) {
      this.script = json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode game() {
    PensionFigures f = figures.current();
    JsonNode examples = script.path("examples");
    int startAge = examples.path("startAge").asInt();
    int retirementAge = examples.path("retirementAge").asInt();
    int working = retirementAge - startAge;
    int retirementYear = officeDay.today().getYear() + working;
    ArrayNode byYears = json.mapper().createArrayNode();
    for (int years = 0; years <= working; years++) {
      byYears.add(
          Math.round(
              PensionEstimate.of(f, f.baseMinPercent(), years, retirementAge, retirementYear)
                  .monthlyPension()));
    }
    PensionEstimate full =
        PensionEstimate.of(f, f.baseMinPercent(), working, retirementAge, retirementYear);
    double bill = examples.path("illnessBill").asDouble();
    Map<String, String> values =
        Map.of(
            "contribution", PensionFormula.yuan(full.monthlyContribution()),
            "yearly", PensionFormula.yuan(full.monthlyContribution() * 12),
            "yearlyToAccount", PensionFormula.yuan(full.monthlyToAccount() * 12),
            "oneYearLess",
                PensionFormula.yuan(
                    byYears.get(working).asLong() - byYears.get(working - 1).asLong()),
            "injuryBill", PensionFormula.yuan(examples.path("injuryBill").asDouble()),
            "illnessBill", PensionFormula.yuan(bill),
            "illnessOwnShare",
                PensionFormula.yuan(
                    bill * (100 - examples.path("illnessInsuredPercent").asDouble()) / 100),
            "figuresYear", String.valueOf(f.year()));
    ObjectNode game = (ObjectNode) fill(script, values);
    game.put("startAge", startAge);
    game.put("retirementAge", retirementAge);
    game.put("minimumYears", full.minimumMonths() / 12.0);
    game.put("example", Boolean.TRUE.equals(f.example()));
    game.set("pensionByYears", byYears);
    String code = examples.path("service").asString();
    ObjectNode service = game.putObject("service");
    service.put("code", code);
    Optional<OfficeService> known =
        catalog.services().stream().filter(s -> s.code().equals(code)).findFirst();
    service.set("name", json.mapper().valueToTree(known.map(OfficeService::name).orElse(Map.of())));
    JsonNode guidance =
        documents.get(DocumentStore.GUIDANCE).map(s -> json.read(s, JsonNode.class)).orElse(null);
    service.set("kioskPath", json.mapper().valueToTree(KioskPath.to(code, guidance)));
    return game;
  }

  /** A copy of the node with each known {placeholder} in its texts replaced. */
  private JsonNode fill(JsonNode node, Map<String, String> values) {
    if (node.isString()) {
      Matcher m = PLACEHOLDER.matcher(node.asString());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
      }
      m.appendTail(out);
      return StringNode.valueOf(out.toString());
    }
    if (node.isObject()) {
      ObjectNode copy = json.mapper().createObjectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), fill(e.getValue(), values)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = json.mapper().createArrayNode();
      node.forEach(n -> copy.add(fill(n, values)));
      return copy;
    }
    return node;
  }
}
