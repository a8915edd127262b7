package org.hallqueue.printer.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hallqueue.printer.PrinterUri;

/**
 * A printer on an RS-232 or USB serial port (jSerialComm), 8 data bits, 1 stop bit. Writes go in
 * chunks of about half a second on the wire, each watched by the timeout; after the last one it
 * waits until the port's output queue is empty, so "printed" means the bytes left the computer.
 */
final class SerialTransport implements Transport {

  private final SerialPort port;
  private final PrinterUri uri;
  private final int chunk;
  private boolean unsettled;

  private SerialTransport(SerialPort port, PrinterUri uri) {
    this.port = port;
    this.uri = uri;
    this.chunk = Math.max(64, uri.baud() / 20); // ~0.5 s at 10 bits per byte
  }

  static SerialTransport open(PrinterUri uri) throws IOException {
    String where = "serial port " + uri.path();
    Path path = Path.of(uri.path());
    if (uri.path().startsWith("/") && !Files.exists(path)) {
      throw new IOException(
          where + " does not exist: is the printer's cable plugged in? (list ports: ls /dev/tty*)");
    }
    if (uri.path().startsWith("/") && !(Files.isReadable(path) && Files.isWritable(path))) {
      throw new IOException(
          where + ": permission denied: add the kiosk's user to the 'dialout' group");
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(uri.path());
    } catch (SerialPortInvalidPortException e) {
      throw new IOException(where + " is not a serial port: " + e.getMessage(), e);
    }
    port.setComPortParameters(uri.baud(), 8, SerialPort.ONE_STOP_BIT, parity(uri.parity()));
    port.setFlowControl(flow(uri.flow()));
    int timeout = (int) uri.timeout().toMillis();
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, timeout, 0);
    if (!port.openPort()) {
      throw new IOException(
          where
              + " cannot be opened (error "
              + port.getLastErrorCode()
              + "): is another program using it? Only one program can use a serial port.");
    }
    return new SerialTransport(port, uri);
  }

  @Override
  public void write(byte[] data) throws IOException {
    unsettled = true;
    for (int offset = 0; offset < data.length; offset += chunk) {
      int start = offset;
      int length = Math.min(chunk, data.length - offset);
      Watchdog.run(
          () -> writeFully(data, start, length),
          uri.timeout(),
          this,
          stalled(data.length - offset));
    }
    drain();
  }

  private void writeFully(byte[] data, int offset, int length) throws IOException {
    int done = 0;
    while (done < length) {
      int n = port.writeBytes(data, length - done, offset + done);
      if (n < 0) {
        throw new IOException(
            describe()
                + ": writing failed (error "
                + port.getLastErrorCode()
                + "): was the cable unplugged?");
      }
      done += n;
    }
  }

  /** Waits until the output queue is empty, as long as it keeps shrinking. */
  private void drain() throws IOException {
    long deadline = System.nanoTime() + uri.timeout().toNanos();
    int last = port.bytesAwaitingWrite();
    while (last > 0) {
      sleep(5);
      int now = port.bytesAwaitingWrite();
      if (now < last) {
        deadline = System.nanoTime() + uri.timeout().toNanos();
      } else if (System.nanoTime() > deadline) {
        close();
        throw new IOException(stalled(now));
      }
      last = now;
    }
  }

  private String stalled(int remaining) {
    return describe()
        + " stopped taking data for "
        + uri.timeout().toMillis()
        + " ms with "
        + remaining
        + " bytes left to send: is the printer on and online (paper, cover)? with flow="
        + uri.flow().name().toLowerCase(java.util.Locale.ROOT)
        + ", check the cable's handshake lines";
  }

  @Override
  public int read(Duration timeout) throws IOException {
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        (int) Math.max(1, timeout.toMillis()),
        0);
    byte[] one = new byte[1];
    int n = port.readBytes(one, 1);
    if (n < 0) {
      throw new IOException(
          describe()
              + ": reading failed (error "
              + port.getLastErrorCode()
              + "): was the cable unplugged?");
    }
    return n == 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public boolean hasBackChannel() {
    return true;
  }

  @Override
  public void discardInput() throws IOException {
    int available;
    while ((available = port.bytesAvailable()) > 0) {
      port.readBytes(new byte[available], available);
    }
  }

  @Override
  public String describe() {
    return "serial port " + uri.path() + " (" + uri.baud() + " baud)";
  }

  /**
   * Closes the port, after a short pause when data was written: jSerialComm's close flushes
   * (discards) what the kernel still holds, and some devices (USB adapters, ptys) report an empty
   * output queue before the far end has taken the last bytes.
   */
  @Override
  public void close() {
    if (unsettled && port.isOpen()) {
      try {
        sleep(SETTLE_MILLIS);
      } catch (IOException interrupted) {
        // close anyway
      }
    }
    port.closePort();
  }

  private static final long SETTLE_MILLIS = 150;

  private static int parity(PrinterUri.Parity parity) {
    return switch (parity) {
      case NONE -> SerialPort.NO_PARITY;
      case EVEN -> SerialPort.EVEN_PARITY;
      case ODD -> SerialPort.ODD_PARITY;
      case MARK -> SerialPort.MARK_PARITY;
      case SPACE -> SerialPort.SPACE_PARITY;
    };
  }

  private static int flow(PrinterUri.Flow flow) {
    return switch (flow) {
      case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
      case RTSCTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
      case XONXOFF ->
          SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
    };
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while sending to the printer");
    }
  }
}
