package org.hallqueue.floorplans.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FloorplansCliTest {
  private static final String DISTRICT = "examples/district-hall.json";
  private static final String CITY = "examples/city-hall.json";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new FloorplansCli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldSummariseAValidFloorplan() {
    assertThat(run("validate", CITY, "--lang", "en")).isZero();
    assertThat(out())
        .startsWith(
            "valid: City Social Security Service Centre (city-hall): 2 floors, 20 counters");
  }

  @Test
  void shouldListEveryProblemAsPointerAndMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    String json =
        Files.readString(Path.of(DISTRICT))
            .replace("\"zone\": \"zone-a\"", "\"zone\": \"zone-x\"")
            .replace("\"seats\": 40", "\"seats\": -1");
    Files.writeString(file, json);
    assertThat(run("validate", file.toString(), "--lang", "zh-CN")).isEqualTo(1);
    assertThat(out().lines()).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.matches("/\\S*: .+"));
    assertThat(out()).contains("/floors/0/elements/3/seats: “seats”必须不小于 0。");
  }

  @Test
  void shouldPrintTheRouteAsJson() throws Exception {
    assertThat(run("route", CITY, "kiosk-1", "counter-12", "--accessible")).isZero();
    JsonNode route = new JsonMapper().readTree(out());
    assertThat(route.propertyNames())
        .containsExactly("from", "to", "accessible", "lengthMeters", "via", "path", "steps");
    assertThat(out())
        .contains(
            "\"via\": [\"lift-1\"]",
            "{\"zh-CN\": \"乘电梯到2层\", \"en\": \"Take the lift to floor 2\"}");
    assertThat(out()).contains("\"floor\": 2");
  }

  @Test
  void shouldFailWhenThereIsNoStepFreeRoute() {
    assertThat(run("route", CITY, "entrance-east", "counter-6", "--accessible")).isEqualTo(1);
    assertThat(err()).contains("no step-free route from entrance-east to counter-6");
  }

  @Test
  void shouldRenderAnSvg(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("plan.svg");
    assertThat(
            run(
                "render",
                CITY,
                "--svg",
                svg.toString(),
                "--floor",
                "2",
                "--route",
                "kiosk-1",
                "counter-12",
                "--lang",
                "en"))
        .isZero();
    assertThat(Files.readString(svg)).contains("<svg", "Arriving from floor 1");
  }

  @Test
  void shouldExplainBadArgumentsWithTheUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("route", DISTRICT, "kiosk-1")).isEqualTo(2);
    assertThat(run("route", DISTRICT, "kiosk-1", "counter-99")).isEqualTo(2);
    assertThat(run("render", DISTRICT)).isEqualTo(2);
    assertThat(run("render", DISTRICT, "--svg", "x.svg", "--floor", "9")).isEqualTo(2);
    assertThat(run("validate", "no-such-file.json")).isEqualTo(2);
    assertThat(run("validate", DISTRICT, "--colour")).isEqualTo(2);
    assertThat(err())
        .contains(
            "usage: java -jar floorplans.jar validate FILE", "no element has the id counter-99");
  }
}
