package org.hallqueue.printer;

import java.util.Objects;

/**
 * What a printer said about itself (or why we do not know).
 *
 * @param state the condition, most severe first when several apply
 * @param reason words for a technician, e.g. "cover open" or "no answer within 1000 ms"
 * @param answered whether the printer answered the status query; false means silence or a transport
 *     without a back channel
 */
public record PrinterStatus(State state, String reason, boolean answered) {

  /** Printer conditions, as the kiosk reports them to the server. */
  public enum State {
    ONLINE,
    PAPER_NEAR_END,
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    ERROR,
    UNKNOWN
  }

  public PrinterStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
  }

  /** A state the printer reported. */
  public static PrinterStatus reported(State state, String reason) {
    return new PrinterStatus(state, reason, true);
  }

  /** The printer did not answer: treated as offline. */
  public static PrinterStatus noAnswer(String reason) {
    return new PrinterStatus(State.OFFLINE, reason, false);
  }

  /** The transport cannot ask (e.g. a device file without a back channel). */
  public static PrinterStatus unknown(String reason) {
    return new PrinterStatus(State.UNKNOWN, reason, false);
  }

  /** True when a ticket can be printed: online, or paper near its end. */
  public boolean canPrint() {
    return state == State.ONLINE || state == State.PAPER_NEAR_END;
  }

  /** True when the printer itself reported a condition that stops printing. */
  public boolean isReportedFault() {
    return answered && !canPrint();
  }

  @Override
  public String toString() {
    return state + ": " + reason;
  }
}
