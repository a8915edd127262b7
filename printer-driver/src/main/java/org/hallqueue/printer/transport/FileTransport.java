package org.hallqueue.printer.transport;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.hallqueue.printer.PrinterUri;

/**
 * A printer device file such as {@code /dev/usb/lp0} (or any file, to capture the bytes). Write
 * only: device files give no reliable way to wait for an answer with a timeout.
 */
final class FileTransport implements Transport {

  private static final int CHUNK = 4096;

  private final OutputStream out;
  private final PrinterUri uri;

  private FileTransport(OutputStream out, PrinterUri uri) {
    this.out = out;
    this.uri = uri;
  }

  static FileTransport open(PrinterUri uri) throws IOException {
    try {
      return new FileTransport(
          new FileOutputStream(uri.path(), true), uri); // appends, as paper does
    } catch (FileNotFoundException e) {
      throw new IOException(
          "cannot open "
              + uri.path()
              + " ("
              + e.getMessage()
              + "): is the printer plugged in and"
              + " switched on? A USB printer device needs the kiosk's user in the 'lp' group",
          e);
    }
  }

  @Override
  public void write(byte[] data) throws IOException {
    for (int offset = 0; offset < data.length; offset += CHUNK) {
      int start = offset;
      int length = Math.min(CHUNK, data.length - offset);
      Watchdog.run(
          () -> out.write(data, start, length),
          uri.timeout(),
          this,
          describe()
              + " stopped taking data for "
              + uri.timeout().toMillis()
              + " ms with "
              + (data.length - offset)
              + " bytes left: is the printer on and online?");
    }
    out.flush();
  }

  @Override
  public int read(Duration timeout) throws IOException {
    throw new IOException(describe() + " has no back channel");
  }

  @Override
  public boolean hasBackChannel() {
    return false;
  }

  @Override
  public void discardInput() {
    // nothing can come back
  }

  @Override
  public String describe() {
    return "device file " + uri.path();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
