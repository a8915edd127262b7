package org.hallqueue.floorplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.floorplans.Offices.counter;
import static org.hallqueue.floorplans.Offices.entrance;
import static org.hallqueue.floorplans.Offices.oneFloor;
import static org.hallqueue.floorplans.Offices.steps;
import static org.hallqueue.floorplans.Offices.wall;

import java.util.List;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import org.junit.jupiter.api.Test;

/** One test per kind of problem: its code, its pointer and its words in both languages. */
class FloorplanProblemsTest {
  private static final String VALID = Floorplans.write(Offices.smallHall());

  private static List<Problem> problemsAfter(String find, String replace) {
    assertThat(VALID).contains(find);
    return Floorplans.read(VALID.replace(find, replace)).problems();
  }

  private static Problem onlyProblem(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void shouldAcceptTheSmallHall() {
    assertThat(Floorplans.read(VALID).problems()).isEmpty();
  }

  @Test
  void shouldGiveLineAndColumnOfASyntaxError() {
    Problem p = onlyProblem(problemsAfter("\"seats\": 10,", "\"seats\": 10,,"));
    assertThat(p.code()).isEqualTo("syntax");
    int line = VALID.substring(0, VALID.indexOf("\"seats\": 10,")).split("\n", -1).length;
    assertThat(p.message(Lang.EN))
        .startsWith("Line " + line + ", column ")
        .contains("expected a field name");
    assertThat(p.message(Lang.ZH_CN)).startsWith("第 " + line + " 行第 ").contains("字段名");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/3");
  }

  @Test
  void shouldExplainATextWithoutQuotes() {
    Problem p = onlyProblem(problemsAfter("\"zone\": \"zone-a\"", "\"zone\": zone-a"));
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/4/zone");
    assertThat(p.message(Lang.EN)).contains("text needs double quotes");
  }

  @Test
  void shouldReportAValueOfTheWrongType() {
    Problem p = onlyProblem(problemsAfter("\"width\": 20", "\"width\": \"20\""));
    assertThat(p.code()).isEqualTo("wrong-type");
    assertThat(p.pointer()).isEqualTo("/floors/0/width");
    assertThat(p.message(Lang.EN)).isEqualTo("\"width\" must be a number.");
    assertThat(p.message(Lang.ZH_CN)).isEqualTo("“width”应为一个数字。");
  }

  @Test
  void shouldNotTakeANumberForATextNorATextForABoolean() {
    Problem id = onlyProblem(problemsAfter("\"id\": \"kiosk-1\"", "\"id\": 7"));
    assertThat(id.code()).isEqualTo("wrong-type");
    assertThat(id.pointer()).isEqualTo("/floors/0/elements/5/id");
    assertThat(id.message(Lang.EN)).isEqualTo("\"id\" must be a text in double quotes.");
    Problem flag =
        onlyProblem(problemsAfter("\"stepFreeRequired\": true", "\"stepFreeRequired\": \"true\""));
    assertThat(flag.code()).isEqualTo("wrong-type");
    assertThat(flag.pointer()).isEqualTo("/stepFreeRequired");
  }

  @Test
  void shouldReportAMissingField() {
    Problem p = onlyProblem(problemsAfter("\"number\": 2,", ""));
    assertThat(p.code()).isEqualTo("missing-field");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/2/number");
    assertThat(p.message(Lang.EN)).contains("\"number\" is missing");
  }

  @Test
  void shouldSuggestTheFieldMeantByATypo() {
    List<Problem> problems = problemsAfter("\"seats\": 10", "\"seat\": 10");
    assertThat(problems)
        .extracting(Problem::code)
        .containsExactlyInAnyOrder("unknown-field", "missing-field");
    Problem typo =
        problems.stream().filter(p -> p.code().equals("unknown-field")).findFirst().orElseThrow();
    assertThat(typo.pointer()).isEqualTo("/floors/0/elements/3/seat");
    assertThat(typo.message(Lang.EN)).contains("Did you mean \"seats\"?");
    assertThat(typo.message(Lang.ZH_CN)).contains("是否想写“seats”");
  }

  @Test
  void shouldReportAFieldWrittenTwice() {
    Problem p = onlyProblem(problemsAfter("\"seats\": 10,", "\"seats\": 10, \"seats\": 12,"));
    assertThat(p.code()).isEqualTo("duplicate-field");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/3/seats");
  }

  @Test
  void shouldListTheAllowedValuesOfAChoice() {
    Problem p = onlyProblem(problemsAfter("\"type\": \"kiosk\"", "\"type\": \"atm\""));
    assertThat(p.code()).isEqualTo("bad-value");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/5/type");
    assertThat(p.message(Lang.EN)).contains("entrance, kiosk, counter, zone, display");
  }

  @Test
  void shouldRefuseANegativeSize() {
    Problem p = onlyProblem(problemsAfter("\"depth\": 10", "\"depth\": -10"));
    assertThat(p.code()).isEqualTo("out-of-range");
    assertThat(p.message(Lang.EN)).isEqualTo("\"depth\" must be greater than 0.");
  }

  @Test
  void shouldRefuseAnIdWithCapitalsOrSpaces() {
    Problem p = onlyProblem(problemsAfter("\"id\": \"kiosk-1\"", "\"id\": \"Kiosk 1\""));
    assertThat(p.code()).isEqualTo("bad-id");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/5/id");
  }

  @Test
  void shouldAskForBothLanguages() {
    Problem p = onlyProblem(problemsAfter(", \"en\": \"Kiosk 1\"", ""));
    assertThat(p.code()).isEqualTo("missing-translation");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/5/name");
    assertThat(p.message(Lang.EN)).isEqualTo("\"name\" has no English (en) text.");
  }

  @Test
  void shouldAskForThreeCornersOfAnArea() {
    Problem p =
        onlyProblem(
            problemsAfter("[[11, 1], [19, 1], [19, 1.8], [11, 1.8]]", "[[11, 1], [19, 1]]"));
    assertThat(p.code()).isEqualTo("too-few-points");
    assertThat(p.pointer()).isEqualTo("/floors/0/obstacles/0/polygon");
  }

  @Test
  void shouldRefuseAnotherFormatVersion() {
    Problem p = onlyProblem(problemsAfter("\"version\": 1", "\"version\": 2"));
    assertThat(p.code()).isEqualTo("unsupported-version");
  }

  @Test
  void shouldReportADuplicateIdWhereItIsUsedAgain() {
    Problem p = onlyProblem(problemsAfter("\"id\": \"kiosk-1\"", "\"id\": \"zone-a\""));
    assertThat(p.code()).isEqualTo("duplicate-id");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/5/id");
    assertThat(p.message(Lang.EN)).contains("already used at /floors/0/elements/3");
  }

  @Test
  void shouldReportADuplicateCounterNumber() {
    Problem p = onlyProblem(problemsAfter("\"number\": 2", "\"number\": 1"));
    assertThat(p.code()).isEqualTo("duplicate-counter-number");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/2/number");
  }

  @Test
  void shouldReportAZoneServingAnUnknownCounter() {
    Problem p =
        onlyProblem(
            problemsAfter("[\"counter-1\", \"counter-2\"]", "[\"counter-1\", \"counter-12\"]"));
    assertThat(p.code()).isEqualTo("unknown-id");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/3/counters/1");
    assertThat(p.message(Lang.ZH_CN)).contains("找不到编号为“counter-12”的窗口");
  }

  @Test
  void shouldReportADisplayForAnUnknownZone() {
    Problem p = onlyProblem(problemsAfter("\"zone\": \"zone-a\"", "\"zone\": \"zone-x\""));
    assertThat(p.code()).isEqualTo("unknown-id");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/4/zone");
  }

  @Test
  void shouldReportAnElementOutsideItsFloor() {
    Problem p = onlyProblem(problemsAfter("\"at\": [15, 8]", "\"at\": [25, 8]"));
    assertThat(p.code()).isEqualTo("outside-floor");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/5/at");
    assertThat(p.message(Lang.EN))
        .isEqualTo(
            "Kiosk 1 (kiosk-1) lies outside the floor (this floor is 20 × 10 m, positions start at [0, 0]).");
  }

  @Test
  void shouldReportAnElementInsideFurniture() {
    Problem p = onlyProblem(problemsAfter("\"at\": [15, 8]", "\"at\": [15, 1.5]"));
    assertThat(p.code()).isEqualTo("inside-obstacle");
    assertThat(p.message(Lang.EN)).contains("inside a wall or a piece of furniture (service-desk)");
    assertThat(p.message(Lang.ZH_CN)).contains("1号自助机（kiosk-1）位于墙或家具（service-desk）里面");
  }

  @Test
  void shouldReportAFloorplanWithoutEntrance() {
    Problem p = onlyProblem(problemsAfter("\"type\": \"entrance\"", "\"type\": \"kiosk\""));
    assertThat(p.code()).isEqualTo("no-entrance");
    assertThat(p.pointer()).isEqualTo("/floors");
  }

  @Test
  void shouldReportACounterWalledOffFromEveryEntrance() {
    Office office =
        oneFloor(
            List.of(wall("wall-room", 14, 0, 14, 5, 20, 5)),
            List.of(),
            List.of(),
            List.of(entrance(5, 9.5), counter(1, 17, 2.6), counter(2, 8, 2.6)),
            false);
    Problem p = onlyProblem(Floorplans.validate(office));
    assertThat(p.code()).isEqualTo("unreachable");
    assertThat(p.pointer()).isEqualTo("/floors/0/elements/1");
    assertThat(p.message(Lang.EN))
        .startsWith("No one can walk to Counter 1 (counter-1) from any entrance");
    assertThat(p.message(Lang.ZH_CN)).startsWith("从任何入口都走不到1号窗口（counter-1）");
  }

  @Test
  void shouldReportACounterBehindStepsWhenStepFreeAccessIsRequired() {
    List<org.hallqueue.floorplans.model.Element> elements =
        List.of(entrance(5, 9.5), counter(1, 17, 2.6));
    var doorSteps = List.of(steps("room-steps", 13.5, 2, 14.5, 5));
    // a room in the north-east corner whose only door (y 2..5) has steps
    Office required =
        oneFloor(
            List.of(wall("wall-room", 14, 0, 14, 2), wall("wall-room-south", 14, 5, 20, 5)),
            List.of(),
            doorSteps,
            elements,
            true);
    Problem p = onlyProblem(Floorplans.validate(required));
    assertThat(p.code()).isEqualTo("not-step-free");
    assertThat(p.message(Lang.EN))
        .contains("A wheelchair user cannot get to Counter 1 (counter-1)");
    Office notRequired =
        oneFloor(
            List.of(wall("wall-room", 14, 0, 14, 2), wall("wall-room-south", 14, 5, 20, 5)),
            List.of(),
            doorSteps,
            elements,
            false);
    assertThat(Floorplans.validate(notRequired)).isEmpty();
  }

  @Test
  void shouldReportEveryProblemAtOnce() {
    String broken =
        VALID
            .replace("\"width\": 20", "\"width\": \"wide\"")
            .replace("\"id\": \"kiosk-1\"", "\"id\": \"zone-a\"")
            .replace("\"seats\": 10", "\"seat\": 10")
            .replace("\"zone\": \"zone-a\"", "\"zone\": \"zone-x\"");
    List<Problem> problems = Floorplans.read(broken).problems();
    assertThat(problems)
        .extracting(Problem::code)
        .contains("wrong-type", "duplicate-id", "unknown-field", "missing-field", "unknown-id");
  }

  @Test
  void shouldNotBlameContentThatOnlyLooksWrongBecauseOfAMistypedValue() {
    // a point that is not [x, y] is read as [0, 0], inside the partition wall; only the cause shows
    List<Problem> problems = problemsAfter("\"at\": [15, 8]", "\"at\": [15]");
    assertThat(problems).extracting(Problem::code).containsExactly("wrong-type");
  }

  @Test
  void shouldWordEveryProblemInBothLanguages() {
    String broken =
        VALID
            .replace("\"width\": 20", "\"width\": \"wide\"")
            .replace("\"id\": \"kiosk-1\"", "\"id\": \"zone-a\"")
            .replace("\"seats\": 10", "\"seat\": 10")
            .replace("\"type\": \"desk\"", "\"type\": \"table\"")
            .replace("\"zone\": \"zone-a\"", "\"zone\": \"zone-x\"");
    for (Problem p : Floorplans.read(broken).problems()) {
      assertThat(p.messages()).containsOnlyKeys("zh-CN", "en");
      assertThat(p.message(Lang.ZH_CN)).isNotBlank().isNotEqualTo(p.message(Lang.EN));
      assertThat(p.message(Lang.EN)).isNotBlank();
    }
  }
}
