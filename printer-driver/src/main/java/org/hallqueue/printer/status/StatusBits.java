package org.hallqueue.printer.status;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.PrinterStatus.State;

/**
 * Reads the four answers of ESC/POS real-time status ({@code DLE EOT 1..4}) into a {@link
 * PrinterStatus}. Each answer is one byte whose bits 1 and 4 are always 1 and bits 0 and 7 always
 * 0; anything else is not a status byte (often a wrong baud rate). Pure: no I/O.
 */
public final class StatusBits {

  private StatusBits() {}

  /** Whether a byte has the fixed bits of a status answer. */
  public static boolean isStatusByte(int b) {
    return (b & 0x93) == 0x12;
  }

  /**
   * The status from the answers to n = 1 (printer), 2 (offline cause), 3 (error cause), 4 (paper
   * roll sensor). The most severe condition becomes the state; the reason names them all.
   */
  public static PrinterStatus interpret(int printer, int offline, int error, int paper) {
    for (int b : new int[] {printer, offline, error, paper}) {
      if (!isStatusByte(b)) {
        return PrinterStatus.unknown(
            String.format(
                "the answer 0x%02X is not an ESC/POS status byte (wrong baud rate or parity?)", b));
      }
    }
    List<String> reasons = new ArrayList<>();
    State state = State.ONLINE;
    if ((offline & 0x04) != 0) {
      reasons.add("cover open: close the printer's cover");
      state = State.COVER_OPEN;
    }
    if ((paper & 0x60) != 0 || (offline & 0x20) != 0) {
      reasons.add("paper out: put in a new paper roll");
      state = worse(state, State.PAPER_OUT);
    }
    if ((error & 0x08) != 0) {
      reasons.add("auto-cutter error: clear the paper jam, then switch the printer off and on");
      state = worse(state, State.ERROR);
    }
    if ((error & 0x20) != 0) {
      reasons.add("unrecoverable error: switch the printer off and on; call service if it stays");
      state = worse(state, State.ERROR);
    }
    if ((error & 0x40) != 0) {
      reasons.add("print head too hot or voltage out of range: printing resumes by itself");
      state = worse(state, State.ERROR);
    }
    if ((offline & 0x40) != 0 && state == State.ONLINE) {
      reasons.add("the printer reports an error");
      state = State.ERROR;
    }
    if ((printer & 0x08) != 0 && state == State.ONLINE) {
      reasons.add(
          (offline & 0x08) != 0
              ? "offline: paper is being fed with the FEED button"
              : "offline: the printer says it is not ready");
      state = State.OFFLINE;
    }
    if ((paper & 0x0C) != 0) {
      reasons.add("paper near its end: replace the roll soon");
      state = worse(state, State.PAPER_NEAR_END);
    }
    return PrinterStatus.reported(state, reasons.isEmpty() ? "ready" : String.join("; ", reasons));
  }

  /** Order of severity: the first listed wins. */
  private static final List<State> SEVERITY =
      List.of(
          State.COVER_OPEN,
          State.PAPER_OUT,
          State.ERROR,
          State.OFFLINE,
          State.PAPER_NEAR_END,
          State.ONLINE);

  private static State worse(State a, State b) {
    return SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b;
  }
}
