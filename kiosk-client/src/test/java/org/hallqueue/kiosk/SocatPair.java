package org.hallqueue.kiosk;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real pair of connected pseudo-terminals made by {@code socat}: the driver opens {@link
 * #driverEnd()} as its serial port, a {@link PrinterEmulator} sits on the printer end. Fails (does
 * not skip) when socat is missing: CI installs it.
 */
public final class SocatPair implements AutoCloseable {

  private final Process socat;
  private final Path driverEnd;
  private final Path printerEnd;
  private final FileInputStream printerIn;
  private final FileOutputStream printerOut;
  private final PrinterEmulator emulator;

  private SocatPair(Path dir) throws IOException, InterruptedException {
    driverEnd = dir.resolve("driver");
    printerEnd = dir.resolve("printer");
    try {
      socat =
          new ProcessBuilder(
                  "socat",
                  "-d",
                  "-d",
                  "pty,raw,echo=0,link=" + driverEnd,
                  "pty,raw,echo=0,link=" + printerEnd)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("socat.log").toFile())
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "socat is needed for the serial tests and is not installed: apt-get install socat", e);
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!(Files.exists(driverEnd) && Files.exists(printerEnd))) {
      if (!socat.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "socat did not make its pty pair: " + Files.readString(dir.resolve("socat.log")));
      }
      Thread.sleep(10);
    }
    printerIn = new FileInputStream(printerEnd.toFile());
    printerOut = new FileOutputStream(printerEnd.toFile());
    emulator = new PrinterEmulator(printerIn, printerOut);
  }

  /** Starts socat with its two links in a directory. */
  public static SocatPair start(Path dir) throws IOException, InterruptedException {
    return new SocatPair(dir);
  }

  /** The path the driver opens, e.g. for {@code serial:PATH?baud=9600}. */
  public Path driverEnd() {
    return driverEnd;
  }

  /** A printer URI for the driver end. */
  public String uri(String options) {
    return "serial:" + driverEnd + (options.isEmpty() ? "" : "?" + options);
  }

  /** The printer on the far end. */
  public PrinterEmulator printer() {
    return emulator;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socat.destroy();
    socat.waitFor();
    emulator.close();
    printerIn.close();
    printerOut.close();
  }
}
