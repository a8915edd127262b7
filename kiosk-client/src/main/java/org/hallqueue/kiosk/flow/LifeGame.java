package org.hallqueue.kiosk.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hallqueue.kiosk.server.LifePathScript;
import org.hallqueue.kiosk.server.Text;

/**
 * One player's game of "Insure or not?": the start, the life events in a random order at ages 30,
 * 33 and 36, then old age, whose pension follows from the choices (the same rules as the phone
 * page's life-path.js).
 */
public final class LifeGame {
  private static final int[] EVENT_AGES = {30, 33, 36};

  /** A step as shown: its age, scene and choices. */
  public record Shown(String id, int age, LifePathScript.Step step, boolean enrolledVariant) {}

  /** How the game ended: never insured, too few years, or a pension. */
  public enum Ending {
    NEVER,
    TOO_FEW,
    ENOUGH
  }

  private final LifePathScript script;
  private final List<Shown> steps = new ArrayList<>();
  private int index;
  private Integer enrolledAt;
  private int paused;

  public LifeGame(LifePathScript script, Random random) {
    this.script = script;
    List<LifePathScript.Event> events = new ArrayList<>(script.events());
    Collections.shuffle(events, random);
    steps.add(new Shown("start", script.startAge(), script.start(), false));
    for (int i = 0; i < events.size(); i++) {
      LifePathScript.Event e = events.get(i);
      int age = i < EVENT_AGES.length ? EVENT_AGES[i] : script.startAge() + 2 + 3 * i;
      steps.add(new Shown(e.id(), age, e.step(), e.ifNotEnrolled() != null));
    }
  }

  public int size() {
    return steps.size() + 1;
  }

  public int index() {
    return index;
  }

  public boolean finished() {
    return index >= steps.size();
  }

  /** The step on show, its variant chosen by the choices before (the baby step). */
  public Shown step() {
    Shown s = steps.get(index);
    if (!s.enrolledVariant() || enrolledAt != null) {
      return s;
    }
    LifePathScript.Event e =
        script.events().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
    return new Shown(s.id(), s.age(), e.ifNotEnrolled(), false);
  }

  /** Chooses to insure or not on the step on show; returns what it led to. */
  public Text choose(boolean insure) {
    Shown s = step();
    if (insure && (s.id().equals("start") || (s.id().equals("baby") && enrolledAt == null))) {
      enrolledAt = s.age();
    } else if (!insure && s.id().equals("baby") && s.enrolledVariant()) {
      paused = 1;
    }
    return insure ? s.step().insure().outcome() : s.step().skip().outcome();
  }

  public void next() {
    index++;
  }

  public int years() {
    return enrolledAt == null ? 0 : script.retirementAge() - enrolledAt - paused;
  }

  public Ending ending() {
    int years = years();
    return years == 0
        ? Ending.NEVER
        : years < script.minimumYears() ? Ending.TOO_FEW : Ending.ENOUGH;
  }

  /** The monthly pension the years bring, in yuan (0 without any). */
  public long pension() {
    List<Long> byYears = script.pensionByYears();
    return years() < byYears.size() ? byYears.get(years()) : 0;
  }
}
