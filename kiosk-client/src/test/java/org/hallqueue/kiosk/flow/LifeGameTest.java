package org.hallqueue.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.hallqueue.kiosk.server.LifePathScript;
import org.hallqueue.kiosk.server.LifePathScript.Choice;
import org.hallqueue.kiosk.server.LifePathScript.Event;
import org.hallqueue.kiosk.server.LifePathScript.Step;
import org.hallqueue.kiosk.server.Text;
import org.junit.jupiter.api.Test;

class LifeGameTest {

  private static Step step(String name) {
    return new Step(
        Text.of(name, name),
        new Choice(Text.of("insure", "insure"), Text.of(name + " insured", name + " insured")),
        new Choice(Text.of("skip", "skip"), Text.of(name + " skipped", name + " skipped")));
  }

  /** A rider of 28 retiring at 63 (35 years at most), 20 years minimum, 100 yuan a year paid. */
  private static LifePathScript script() {
    Text t = Text.of("", "");
    List<Long> byYears = LongStream.rangeClosed(0, 35).map(y -> 100 * y).boxed().toList();
    return new LifePathScript(
        t,
        t,
        t,
        t,
        28,
        63,
        20,
        byYears,
        step("start"),
        List.of(
            new Event("injury", step("injury"), null),
            new Event("illness", step("illness"), null),
            new Event("baby", step("baby-enrolled"), step("baby-not-enrolled"))),
        new LifePathScript.OldAge(t, t, t, t),
        t,
        Map.of(),
        t,
        t,
        t,
        t,
        t,
        t,
        t,
        t,
        "A",
        t,
        List.of());
  }

  private static LifeGame playedTo(LifeGame game, Map<String, Boolean> choices) {
    while (!game.finished()) {
      game.choose(choices.getOrDefault(game.step().id(), true));
      game.next();
    }
    return game;
  }

  @Test
  void shouldGiveThirtyFiveYearsAndTheirPensionToAPlayerWhoAlwaysInsures() {
    LifeGame game = playedTo(new LifeGame(script(), new Random(1)), Map.of());

    assertThat(game.years()).isEqualTo(35);
    assertThat(game.ending()).isEqualTo(LifeGame.Ending.ENOUGH);
    assertThat(game.pension()).isEqualTo(3500);
  }

  @Test
  void shouldCostOneYearToPauseForTheBaby() {
    LifeGame game = playedTo(new LifeGame(script(), new Random(2)), Map.of("baby", false));

    assertThat(game.years()).isEqualTo(34);
  }

  @Test
  void shouldOfferALateStartAtTheBabyToAPlayerWhoDidNotEnrol() {
    for (long seed = 0; seed < 20; seed++) {
      LifeGame game = new LifeGame(script(), new Random(seed));
      int babyAge = 0;
      while (!game.finished()) {
        LifeGame.Shown s = game.step();
        if (s.id().equals("baby")) {
          assertThat(game.choose(true).en()).isEqualTo("baby-not-enrolled insured");
          babyAge = s.age();
        } else {
          game.choose(false);
        }
        game.next();
      }
      assertThat(game.years()).as("seed " + seed).isEqualTo(63 - babyAge);
      assertThat(game.ending()).as("seed " + seed).isEqualTo(LifeGame.Ending.ENOUGH);
    }
  }

  @Test
  void shouldEndWithoutAPensionWhenNeverInsured() {
    LifeGame game =
        playedTo(new LifeGame(script(), new Random(3)), Map.of("start", false, "baby", false));

    assertThat(game.years()).isZero();
    assertThat(game.ending()).isEqualTo(LifeGame.Ending.NEVER);
  }

  @Test
  void shouldMeetEveryEventOnceInSomeRandomOrderBetweenStartAndOldAge() {
    List<List<String>> orders = new ArrayList<>();
    for (long seed = 0; seed < 30; seed++) {
      LifeGame game = new LifeGame(script(), new Random(seed));
      List<String> ids = new ArrayList<>();
      List<Integer> ages = new ArrayList<>();
      while (!game.finished()) {
        ids.add(game.step().id());
        ages.add(game.step().age());
        game.choose(true);
        game.next();
      }
      assertThat(ids.get(0)).isEqualTo("start");
      assertThat(ids).containsExactlyInAnyOrder("start", "injury", "illness", "baby");
      assertThat(ages).containsExactly(28, 30, 33, 36);
      assertThat(game.size()).isEqualTo(5);
      orders.add(ids);
    }
    assertThat(orders.stream().distinct().count()).isGreaterThan(1);
  }
}
