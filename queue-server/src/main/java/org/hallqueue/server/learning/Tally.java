package org.hallqueue.server.learning;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hallqueue.server.web.Checks;

/**
 * One count a game sends: a play started, finished, or answered "would you now enrol?". {@code
 * play} is a random id the page makes for one game, so that each step counts once per game; it is
 * never stored.
 */
record Tally(String play, String step, String answer, String channel) {
  static final Set<String> STEPS = Set.of("STARTED", "FINISHED", "ANSWERED");
  static final Set<String> ANSWERS = Set.of("YES", "NO", "NOT_SURE");
  static final List<String> CHANNELS = List.of("PHONE", "KIOSK");
  private static final Pattern PLAY = Pattern.compile("[A-Za-z0-9-]{8,64}");

  void check(Checks checks) {
    checks.matches(play, PLAY, "play", "must be 8 to 64 letters, digits or dashes");
    if (checks.present(step, "step")) {
      checks.require(STEPS.contains(step), "step", "must be STARTED, FINISHED or ANSWERED");
    }
    if (checks.present(channel, "channel")) {
      checks.require(CHANNELS.contains(channel), "channel", "must be PHONE or KIOSK");
    }
    if ("ANSWERED".equals(step)) {
      if (checks.present(answer, "answer")) {
        checks.require(ANSWERS.contains(answer), "answer", "must be YES, NO or NOT_SURE");
      }
    } else {
      checks.require(answer == null, "answer", "belongs only to step ANSWERED");
    }
  }

  /** What is counted: the step, or the answer given. */
  String what() {
    return "ANSWERED".equals(step) ? "ANSWER_" + answer : step;
  }
}
