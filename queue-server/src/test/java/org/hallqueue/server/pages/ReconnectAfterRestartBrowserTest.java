package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The server is killed and started again on the same address while a display board and a counter
 * dashboard stay open: both say they are offline, then the board catches up by itself (with {@code
 * since}) and shows a call made after the restart, with no reload.
 */
class ReconnectAfterRestartBrowserTest {
  private static Path data;
  private static int port;
  private static Process server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    data = Files.createTempDirectory("queue-server-restart");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    startServer();
    browser = new Browser(1366, 768);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.destroyForcibly().waitFor();
    }
  }

  @Test
  void shouldReconnectWithSinceAfterTheServerRestartsWithoutAReload() throws Exception {
    Api api = new Api(port);
    Hall hall = new Hall(api);
    String token = hall.displayToken("Restart board");
    hall.open("counter-1");
    browser.open(api.base() + "/display?access_token=" + token);
    browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
    String boardWindow = browser.driver().getWindowHandle();
    browser.js("window.hallqueueSamePage = true;");

    browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    browser.open(api.base() + "/login");
    browser.find("#username").sendKeys("staff1");
    browser.find("#password").sendKeys("staff-demo");
    browser.find("#submit").click();
    browser.waitFor(d -> "live".equals(browser.find("#conn").getDomAttribute("data-state")));
    String staffWindow = browser.driver().getWindowHandle();

    server.destroyForcibly().waitFor(); // SIGKILL, like a power cut for the process
    browser.waitFor(Duration.ofSeconds(10), d -> browser.find("#banner").isDisplayed());
    assertThat(browser.text("#banner")).contains("无法连接服务器");
    browser.driver().switchTo().window(boardWindow);
    browser.waitFor(d -> !"live".equals(browser.find("body").getDomAttribute("data-conn")));

    startServer();
    hall.issue("A", "standard", "zh-CN");
    JsonNode called = hall.callNext("counter-1");
    String number = called.path("number").asString();
    browser.waitFor(Duration.ofSeconds(15), d -> browser.text("#now-number").equals(number));
    assertThat(browser.js("return window.hallqueueSamePage === true;")).isEqualTo(true);
    assertThat(
            browser.find("#announced li[data-ticket='" + number + "']").getDomAttribute("data-zh"))
        .isEqualTo("请 " + number + " 号到 1 号窗口办理");
    assertThat(browser.find("body").getDomAttribute("data-conn")).isEqualTo("live");

    // The dashboard's session died with the server; it says so instead of failing silently.
    browser.driver().switchTo().window(staffWindow);
    browser.waitFor(Duration.ofSeconds(15), d -> browser.find("#banner").getText().contains("登录"));
  }

  private static void startServer() throws IOException, InterruptedException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            "org.hallqueue.server.QueueServerApplication",
            "--server.port=" + port,
            "--queue.demo=true",
            "--queue.admin-password=restart-test",
            "--spring.datasource.url=jdbc:sqlite:"
                + data.resolve("queue.db")
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&transaction_mode=IMMEDIATE",
            "--logging.level.root=WARN");
    server =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()))
            .start();
    Api api = new Api(port);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited; see " + data.resolve("server.log"));
      }
      try {
        if (api.get("/api/v1/services", Api.Auth.none()).status() == 200) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the server did not start within 90 s");
  }
}
