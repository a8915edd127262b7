package org.hallqueue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import org.hallqueue.floorplans.routing.PathPoint;
import org.hallqueue.floorplans.routing.Route;
import org.hallqueue.kiosk.flow.KioskViewModel;
import org.hallqueue.kiosk.flow.Screen;
import org.hallqueue.kiosk.flow.Speech;
import org.hallqueue.kiosk.settings.KioskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A running kiosk follows what a manager changes on the server (floorplan, services), within
 * seconds and without a restart; a kiosk whose device token the server refuses shows its setup
 * screen instead of "server unreachable". Real server, real event stream, TestFX on Monocle.
 */
class LiveConfigurationTest extends KioskRobot {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private KioskWindow window;
  private KioskViewModel vm;

  @AfterEach
  void closeEverything() throws Exception {
    if (window != null) {
      Screenshots.fx(window::close);
    }
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  @Test
  void shouldRedrawTheTicketMapWhenAManagerMovesTheWaitingZoneOnTheFloorplan() throws Exception {
    openKiosk(server.url(), server.kioskToken("Kiosk live map"));
    tap("#lang-en");
    tap("#know-service");
    tap("#service-A");
    tap("#take-ticket");
    tap("#lane-standard");
    await(() -> vm.screenProperty().get() == Screen.TICKET, "the ticket");
    String number = text("#ticket-number");
    Route before = Screenshots.fx(() -> vm.ticket().route().orElseThrow());
    WritableImage mapBefore = mapImage();
    assertThat(end(before)).isEqualTo(new PathPoint(12.5, 10.5, 1));

    String original = server.get("/api/v1/floorplan", null).body();
    toClose.add(() -> TestServers.asManager("PUT", "/api/v1/floorplan", original, 200));
    ObjectNode plan = (ObjectNode) JSON.readTree(original);
    ObjectNode zoneA = element(plan, "zone-a");
    ((ArrayNode) zoneA.get("at")).removeAll().add(6.0).add(12.0);
    ((ObjectNode) zoneA.get("name")).put("en", "Waiting zone A (moved)");
    TestServers.asManager("PUT", "/api/v1/floorplan", plan.toString(), 200);
    long put = System.nanoTime();

    await(
        () -> vm.ticket().route().map(r -> end(r).equals(new PathPoint(6, 12, 1))).orElse(false),
        "the route to the moved zone");
    long routeMillis = (System.nanoTime() - put) / 1_000_000;
    awaitTrue(() -> textOrEmpty("#waiting-area").contains("Waiting zone A (moved)"), "the name");
    long screenMillis = (System.nanoTime() - put) / 1_000_000;
    System.out.printf(
        "floorplan PUT to new route in the view-model: %d ms, on screen: %d ms%n",
        routeMillis, screenMillis);
    assertThat(routeMillis).isLessThan(3000);

    assertThat(vm.screenProperty().get()).as("still the visitor's ticket").isEqualTo(Screen.TICKET);
    assertThat(text("#ticket-number")).isEqualTo(number);
    assertThat(Screenshots.fx(() -> vm.ticket().route().orElseThrow().lengthMeters()))
        .isNotEqualTo(before.lengthMeters());
    WritableImage mapAfter = mapImage();
    assertThat(differingPixels(mapBefore, mapAfter)).as("the map is redrawn").isGreaterThan(50);
    save(mapBefore, "live-map-before");
    save(mapAfter, "live-map-after");
  }

  @Test
  void shouldListAServiceAManagerAddsWhileTheVisitorLooksAtTheList() throws Exception {
    openKiosk(server.url(), server.kioskToken("Kiosk live services"));
    tap("#lang-en");
    tap("#know-service");
    assertThat(lookup("#service-G").tryQuery()).isEmpty();

    String created =
        TestServers.asManager(
            "POST",
            "/api/v1/admin/services",
            """
            {"code":"G","name":{"zh-CN":"灵活就业登记","en":"Flexible employment registration"},
             "description":{"zh-CN":"新开的业务","en":"A service opened today"},
             "expectedServiceSeconds":300,
             "documents":[{"zh-CN":"身份证","en":"ID card"}],
             "zone":"zone-b","sortOrder":99}
            """,
            201);
    long version = JSON.readTree(created).get("version").asLong();
    toClose.add(
        () ->
            TestServers.asManager(
                "DELETE", "/api/v1/admin/services/G?version=" + version, null, 204));
    long posted = System.nanoTime();

    awaitTrue(() -> lookup("#service-G").tryQuery().isPresent(), "the new service in the list");
    System.out.printf(
        "service POST to the kiosk's list: %d ms%n", (System.nanoTime() - posted) / 1_000_000);
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.SERVICES);
    tapUntilShown("#service-G", "#service-name");
    assertThat(text("#service-name")).isEqualTo("Flexible employment registration");
    tap("#take-ticket");
    tap("#lane-standard");
    await(() -> vm.screenProperty().get() == Screen.TICKET, "a ticket for the new service");
    assertThat(text("#ticket-number")).startsWith("G");
    assertThat(text("#waiting-area")).contains("Waiting zone B");
    // so that the service can be removed again (a manager cannot remove one with waiting tickets)
    TestServers.asManager(
        "POST",
        "/api/v1/tickets/" + vm.ticket().ticketProperty().get().id() + "/cancel",
        null,
        200);
  }

  @Test
  void shouldCatchUpOnAChangeMadeWhileTheConnectionWasCut() throws Exception {
    Proxy proxy = new Proxy(server.url());
    toClose.add(proxy);
    openKiosk(proxy.url(), server.kioskToken("Kiosk cut off"));
    Kiosk kiosk = window.kiosk().orElseThrow();
    awaitTrue(() -> kiosk.events().isOpen(), "the event stream");
    // a configuration event, so that the kiosk knows a seq to resume from
    TestServers.asManager(
        "POST", "/api/v1/admin/devices", "{\"name\":\"Board C\",\"kind\":\"DISPLAY\"}", 201);
    awaitTrue(() -> kiosk.events().lastSeq() > 0, "an event");
    tap("#lang-en");
    tap("#know-service");

    proxy.down();
    proxy.cut();
    awaitTrue(() -> !kiosk.events().isOpen(), "the stream to notice the cut");
    String created =
        TestServers.asManager(
            "POST",
            "/api/v1/admin/services",
            """
            {"code":"H","name":{"zh-CN":"养老待遇资格认证","en":"Pension eligibility check"},
             "description":{"zh-CN":"每年一次","en":"Once a year"},
             "expectedServiceSeconds":240,"documents":[],"zone":"zone-a","sortOrder":98}
            """,
            201);
    long version = JSON.readTree(created).get("version").asLong();
    toClose.add(
        () ->
            TestServers.asManager(
                "DELETE", "/api/v1/admin/services/H?version=" + version, null, 204));
    Thread.sleep(500);
    assertThat(lookup("#service-H").tryQuery()).as("nothing reaches a cut-off kiosk").isEmpty();

    proxy.up();
    awaitTrue(() -> lookup("#service-H").tryQuery().isPresent(), "the service after reconnecting");
    assertThat(vm.screenProperty().get()).isEqualTo(Screen.SERVICES);
  }

  @Test
  void shouldShowTheSetupScreenNotTheUnreachableOneWhenTheTokenIsWrong() throws Exception {
    List<Screen> seen = new CopyOnWriteArrayList<>();
    openWindow(server.url(), "not-a-device-token", seen);

    awaitTrue(() -> lookup("#setup-reason").tryQuery().isPresent(), "the setup screen");
    assertThat(text("#setup-reason"))
        .contains("排队系统不接受本机的设备令牌")
        .contains("does not accept this kiosk's device token");
    assertThat(seen).doesNotContain(Screen.UNREACHABLE);
    assertThat(window.kiosk()).as("the kiosk is stopped").isEmpty();
    assertThat(text("#setup-problems")).as("details only for staff").isEmpty();

    for (char digit : KioskSettings.DEFAULT_PIN.toCharArray()) {
      tap("#pin-" + digit);
    }
    assertThat(text("#setup-problems")).contains("401").contains("device.token");
  }

  @Test
  void shouldShowTheSetupScreenWhenAManagerRevokesTheRunningKiosk() throws Exception {
    TestServer.Device device = server.kioskDevice("Kiosk to revoke");
    List<Screen> seen = new CopyOnWriteArrayList<>();
    openWindow(server.url(), device.token(), seen);
    await(() -> vm.screenProperty().get() == Screen.START, "the start screen");
    tap("#lang-zh");

    TestServers.asManager("POST", "/api/v1/admin/devices/" + device.id() + "/revoke", null, 200);
    long revoked = System.nanoTime();

    awaitTrue(() -> lookup("#setup-reason").tryQuery().isPresent(), "the setup screen");
    System.out.printf(
        "revocation to the setup screen: %d ms%n", (System.nanoTime() - revoked) / 1_000_000);
    assertThat(seen).doesNotContain(Screen.UNREACHABLE);
  }

  // ---- helpers ----

  private void openKiosk(URI serverUrl, String token) throws Exception {
    openWindow(serverUrl, token, new CopyOnWriteArrayList<>());
    await(() -> vm.screenProperty().get() == Screen.START, "the start screen");
  }

  private void openWindow(URI serverUrl, String token, List<Screen> seen) throws Exception {
    Properties p = new Properties();
    p.setProperty("server.url", serverUrl.toString());
    p.setProperty("device.token", token);
    p.setProperty("floorplan.kiosk-id", "kiosk-1");
    KioskViewModel.Options options =
        new KioskViewModel.Options(
            Duration.ofSeconds(60),
            Duration.ofSeconds(20),
            Duration.ofMillis(200),
            Duration.ofMillis(800),
            "kiosk-1",
            ZoneId.of("Asia/Shanghai"));
    window =
        Screenshots.fx(
            () -> {
              Scene scene = new Scene(new Pane(), 1080, 1920);
              stage.setScene(scene);
              stage.show();
              return new KioskWindow(
                  scene,
                  () -> KioskSettings.from(p),
                  settings -> new Kiosk(settings, options, new AdjustableClock(), Speech.none()),
                  k -> {
                    vm = k.viewModel();
                    seen.add(vm.screenProperty().get());
                    vm.screenProperty().addListener((o, a, b) -> seen.add(b));
                  });
            });
    Screenshots.fx(window::open);
  }

  private static ObjectNode element(ObjectNode plan, String id) {
    for (JsonNode floor : plan.get("floors")) {
      for (JsonNode e : floor.get("elements")) {
        if (id.equals(e.get("id").asString())) {
          return (ObjectNode) e;
        }
      }
    }
    throw new AssertionError("no " + id + " in the demo floorplan");
  }

  private static PathPoint end(Route r) {
    return r.path().get(r.path().size() - 1);
  }

  private WritableImage mapImage() throws Exception {
    return Screenshots.fx(() -> ((Canvas) lookup("#floor-map").query()).snapshot(null, null));
  }

  /** Next to the screenshots, for a person to look at. */
  private static void save(WritableImage image, String name) throws Exception {
    String dir = System.getProperty("screenshots.dir");
    if (dir != null) {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
      javax.imageio.ImageIO.write(
          javafx.embed.swing.SwingFXUtils.fromFXImage(image, null),
          "png",
          java.nio.file.Path.of(dir, name + ".png").toFile());
    }
  }

  private static int differingPixels(WritableImage a, WritableImage b) {
    int n = 0;
    for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
      for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
        if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
          n++;
        }
      }
    }
    return n;
  }

  private String textOrEmpty(String query) {
    try {
      return Screenshots.fx(
          () -> lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    } catch (Exception e) {
      return "";
    }
  }
}
