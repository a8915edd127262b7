package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallqueue.server.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every text of the manager console exists in zh-CN and en, and every key the pages use exists. */
class ConsoleTextsTest {
  static final List<String> FILES =
      List.of(
          "index.html",
          "app.js",
          "catalog.js",
          "forms.js",
          "people.js",
          "devices.js",
          "audit.js",
          "stats.js",
          "planning.js",
          "planning-scenario.js",
          "playbook.html",
          "playbook.js",
          "guidance.js",
          "floorplan.js",
          "floorplan-canvas.js",
          "floorplan-fields.js",
          "floorplan-palette.js",
          "floorplan-panel.js",
          "floorplan-problems.js",
          "floorplan-route.js",
          "floorplan-symbols.js",
          "floorplan-versions.js",
          "i18n.js");

  private static String resource(String name) throws IOException {
    try (InputStream in = ConsoleTextsTest.class.getResourceAsStream("/static/admin/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> keys(JsonNode texts) {
    Set<String> keys = new TreeSet<>();
    texts.propertyNames().forEach(keys::add);
    return keys;
  }

  @Test
  void shouldHaveEveryTextInBothLanguagesAndNoneBlank() throws IOException {
    JsonNode texts = Api.JSON.readTree(resource("i18n.json"));
    assertThat(keys(texts.path("en"))).isEqualTo(keys(texts.path("zh-CN")));
    for (String language : List.of("zh-CN", "en")) {
      for (String key : keys(texts.path(language))) {
        assertThat(texts.path(language).path(key).asString()).as(language + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void shouldDefineEveryKeyThePagesUse() throws IOException {
    Set<String> defined = keys(Api.JSON.readTree(resource("i18n.json")).path("zh-CN"));
    Pattern used =
        Pattern.compile(
            "(?:\\bt\\(|data-t=\"|label: |hint: |add: |intro: |title: |addLabel: |removeLabel: |empty: )['\"]([a-zA-Z]+\\.[a-zA-Z0-9.]*[a-zA-Z0-9])['\"]");
    List<String> missing = new ArrayList<>();
    int found = 0;
    for (String file : FILES) {
      Matcher m = used.matcher(resource(file));
      while (m.find()) {
        found++;
        if (!defined.contains(m.group(1))) {
          missing.add(file + ": " + m.group(1));
        }
      }
    }
    assertThat(found).isGreaterThan(100);
    assertThat(missing).isEmpty();
  }
}
