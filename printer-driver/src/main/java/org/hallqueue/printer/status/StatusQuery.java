package org.hallqueue.printer.status;

import java.io.IOException;
import java.time.Duration;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.transport.Transport;

/**
 * Asks a printer for its real-time status: sends {@code DLE EOT n} for n = 1 to 4 and reads one
 * byte for each, within a timeout. Silence means the printer is off, unplugged, or on another baud
 * rate: reported as {@link PrinterStatus#noAnswer}.
 */
public final class StatusQuery {

  private StatusQuery() {}

  /** The printer's status over a transport. */
  public static PrinterStatus ask(Transport transport, Duration timeout) throws IOException {
    if (!transport.hasBackChannel()) {
      return PrinterStatus.unknown(
          transport.describe() + " has no back channel, so its status cannot be read");
    }
    transport.discardInput(); // stale answers, e.g. to DLE EOT bytes inside earlier image data
    int[] answers = new int[4];
    for (int n = 1; n <= 4; n++) {
      transport.write(new byte[] {0x10, 0x04, (byte) n});
      int answer = transport.read(timeout);
      if (answer < 0) {
        return PrinterStatus.noAnswer(
            "no answer to the status query (DLE EOT "
                + n
                + ") within "
                + timeout.toMillis()
                + " ms from "
                + transport.describe()
                + ": is it switched on, is the cable in, is the speed (baud) right?");
      }
      answers[n - 1] = answer;
    }
    return StatusBits.interpret(answers[0], answers[1], answers[2], answers[3]);
  }
}
