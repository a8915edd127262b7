package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page text lives in static/i18n/zh-CN.json and en.json: both hold the same keys with the
 * same {placeholders}, none blank, and every key the pages' scripts and HTML name is there. Read
 * straight from src/main/resources, no server.
 */
class PageTextsTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path STATIC = RESOURCES.resolve("static");
  private static final List<String> LANGUAGES = List.of("zh-CN", "en");

  /** t('key'), bilingual('key'), data-t="key", and the console's form settings (label: 'key'). */
  private static final Pattern USED =
      Pattern.compile(
          "(?:\\bt\\(|\\bbilingual\\(|\\bboth\\(|data-t(?:-label|-title)?=\"|"
              + "(?:label|hint|add|intro|title|addLabel|removeLabel|empty): |say\\()"
              + "['\"]([a-zA-Z]+\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9_])['\"]");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private static Map<String, String> texts(String language) throws IOException {
    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(STATIC.resolve("i18n/" + language + ".json").toFile());
    Map<String, String> texts = new TreeMap<>();
    json.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
    return texts;
  }

  private static List<Path> pages() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(STATIC, RESOURCES.resolve("templates"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html"))
            .forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void shouldHoldTheSameKeysInBothLanguages() throws IOException {
    assertThat(texts("en").keySet()).isEqualTo(texts("zh-CN").keySet());
  }

  @Test
  void shouldHaveNoBlankText() throws IOException {
    for (String language : LANGUAGES) {
      texts(language)
          .forEach((key, text) -> assertThat(text).as(language + " " + key).isNotBlank());
    }
  }

  @Test
  void shouldUseTheSamePlaceholdersInBothLanguages() throws IOException {
    Map<String, String> zh = texts("zh-CN");
    Map<String, String> en = texts("en");
    for (String key : zh.keySet()) {
      assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(zh.get(key)));
    }
  }

  @Test
  void shouldDefineEveryKeyThePagesName() throws IOException {
    Set<String> defined = new TreeSet<>(texts("zh-CN").keySet());
    defined.retainAll(texts("en").keySet());
    List<String> missing = new ArrayList<>();
    int found = 0;
    for (Path file : pages()) {
      Matcher m = USED.matcher(Files.readString(file));
      while (m.find()) {
        found++;
        if (!defined.contains(m.group(1))) {
          missing.add(STATIC.relativize(file) + ": " + m.group(1));
        }
      }
    }
    assertThat(found).as("keys named by the pages").isGreaterThan(400);
    assertThat(missing).isEmpty();
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
