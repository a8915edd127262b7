package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerProcess;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The office bundle page in headless Chromium: a manager downloads this office's setup and an
 * administrator imports the file into a second, freshly installed server.
 */
class OfficeBundleBrowserTest extends ServerTest {
  private static Path downloads;
  private static Browser browser;

  @BeforeEach
  void browser() throws IOException {
    if (browser == null) {
      downloads = Files.createTempDirectory("bundle-downloads");
      browser = new Browser(downloads);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void shouldExportTheOfficeInTheBrowserAndImportItIntoAFreshServerReproducingItExactly()
      throws Exception {
    Path data = Files.createTempDirectory("second-server");
    try (ServerProcess second = ServerProcess.emptyOffice(data)) {
      Api fresh = second.start();
      Api.Auth freshAdmin = Api.Auth.basic("admin", ServerProcess.PASSWORD);
      assertThat(fresh.get("/api/v1/services", Api.Auth.none()).json()).isEmpty();

      browser.signIn(api.base(), "manager", "manager-demo");
      browser.open("bundle");
      assertThat(browser.find(".bundle-current").getText()).contains("6 项业务");
      browser.find("#bundle-download").click();
      Path file = downloaded();
      JsonNode exported = Api.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(differences("", api.get("/api/v1/office-bundle", MANAGER).json(), exported))
          .isEmpty();

      browser.signIn(fresh.base(), "admin", ServerProcess.PASSWORD);
      browser.open("bundle");
      assertThat(browser.find(".bundle-current").getText()).contains("0 项业务");
      browser.find("#bundle-file").sendKeys(file.toAbsolutePath().toString());
      assertThat(browser.find(".bundle-ok").getText()).contains("6 项业务").contains("9 个窗口");
      browser.screenshot("admin-bundle-checked");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
      browser.find("#bundle-apply").click();
      assertThat(browser.find("#bundle-imported").getText()).contains("导入完成");

      assertThat(fresh.get("/api/v1/office-bundle", freshAdmin).json())
          .isEqualTo(api.get("/api/v1/office-bundle", MANAGER).json());
      for (String path :
          List.of("/api/v1/services", "/api/v1/lanes", "/api/v1/guidance", "/api/v1/floorplan")) {
        assertThat(fresh.get(path, Api.Auth.none()).json())
            .as(path)
            .isEqualTo(api.get(path, Api.Auth.none()).json());
      }
    }
  }

  @Test
  void shouldRefuseABundleWithProblemsListingEveryOneAndChangingNothing() throws Exception {
    JsonNode before = api.get("/api/v1/office-bundle", MANAGER).json();
    ObjectNode broken = (ObjectNode) before.deepCopy();
    ((ObjectNode) broken.path("counters").get(0)).putArray("services").add("Z");
    ObjectNode firstQuestion = (ObjectNode) broken.path("guidance").path("questions").get(0);
    ((ObjectNode) firstQuestion.path("text")).remove("en");
    ArrayNode elements =
        (ArrayNode) broken.path("floorplan").path("floors").get(0).path("elements");
    ((ObjectNode) elements.get(0)).putArray("at").add(500).add(500);
    Path file = downloads.resolve("broken-bundle.json");
    Files.writeString(file, broken.toString(), StandardCharsets.UTF_8);

    browser.signIn(api.base(), "manager", "manager-demo");
    browser.open("bundle");
    browser.find("#bundle-file").sendKeys(file.toAbsolutePath().toString());

    WebElement problems = browser.find(".bundle-result .form-problems");
    assertThat(problems.getText())
        .contains("没有通过检查")
        .contains("没有任何改变")
        .contains("counters[0].services[0]")
        .contains("guidance")
        .contains("floorplan/floors/0/elements/0");
    assertThat(browser.all(".bundle-problems li").size()).isGreaterThanOrEqualTo(3);
    assertThat(browser.all("#bundle-apply")).isEmpty();
    browser.screenshot("admin-bundle-refused");
    assertThat(api.get("/api/v1/office-bundle", MANAGER).json()).isEqualTo(before);
  }

  /**
   * Where two JSON documents differ, as pointers with both values (empty when equal); numbers are
   * compared by value (a browser writes 1.0 as 1).
   */
  private static List<String> differences(String at, JsonNode a, JsonNode b) {
    List<String> found = new java.util.ArrayList<>();
    if (a.isObject() && b.isObject()) {
      java.util.Set<String> names = new java.util.TreeSet<>(a.propertyNames());
      names.addAll(b.propertyNames());
      for (String name : names) {
        found.addAll(differences(at + "/" + name, a.path(name), b.path(name)));
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        found.addAll(differences(at + "/" + i, a.get(i), b.get(i)));
      }
    } else if (a.isNumber() && b.isNumber()) {
      if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
        found.add(at + ": " + a + " ≠ " + b);
      }
    } else if (!a.equals(b)) {
      found.add(at + ": " + a + " ≠ " + b);
    }
    return found;
  }

  /** The bundle file the browser saved, once it is complete. */
  private static Path downloaded() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done =
            files
                .filter(f -> f.getFileName().toString().startsWith("office-bundle-"))
                .filter(f -> f.getFileName().toString().endsWith(".json"))
                .toList();
        if (!done.isEmpty() && done.get(0).toFile().length() > 0) {
          return done.get(0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the browser saved no office-bundle-*.json into " + downloads);
  }
}
