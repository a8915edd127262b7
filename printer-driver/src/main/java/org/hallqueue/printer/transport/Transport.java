package org.hallqueue.printer.transport;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import org.hallqueue.printer.PrinterUri;

/**
 * A connection to a printer. Every operation finishes or fails within the printer URI's timeout;
 * failures are {@link IOException}s whose message says, in a technician's words, what happened and
 * where.
 */
public interface Transport extends Closeable {

  /** Sends all bytes; fails when the printer stops taking data for longer than the timeout. */
  void write(byte[] data) throws IOException;

  /** Reads one byte, or returns -1 when none comes within the timeout. */
  int read(Duration timeout) throws IOException;

  /** Whether the printer can answer (serial, TCP) or not (a device file). */
  boolean hasBackChannel();

  /** Drops whatever the printer sent that nobody read yet. */
  void discardInput() throws IOException;

  /** The printer, for messages: "serial port /dev/ttyUSB0", "printer at 10.0.0.5:9100". */
  String describe();

  /** Opens the transport a printer URI names. */
  static Transport open(PrinterUri uri) throws IOException {
    return switch (uri.kind()) {
      case SERIAL -> SerialTransport.open(uri);
      case TCP -> TcpTransport.open(uri);
      case FILE -> FileTransport.open(uri);
    };
  }
}
