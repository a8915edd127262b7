package org.hallqueue.kiosk.flow;

/**
 * What a screen's view-model asks of the kiosk's shell: that the visitor touched the screen, which
 * screen to show next, and whether an answer arriving late still belongs to the visit on screen.
 */
interface Navigation {

  /** The screen on show. */
  Screen screen();

  /** Shows {@code next}; "back" returns to the screen shown now. */
  void go(Screen next);

  /** Shows {@code next} in place of the screen shown now ("back" does not return to it). */
  void replace(Screen next);

  /** Shows {@code next} and forgets the way there: nothing to go back to. */
  void arrive(Screen next);

  /** Ends the visit: back to the start, everything forgotten. */
  void startOver();

  /** Any touch on the screen (it keeps the visit from being forgotten as idle). */
  void touched();

  /** Reads the screen on show aloud, when voice is on. */
  void readAloud();

  /** The number of the visit on screen; an answer for an earlier visit is ignored. */
  long visit();
}
