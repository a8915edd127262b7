package org.hallqueue.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The far end of a printer connection in tests: records every byte it gets and answers {@code DLE
 * EOT n} with the status the test chose, or stays silent. It can also stop reading, like a printer
 * whose buffer is full.
 */
public final class PrinterEmulator implements AutoCloseable {

  /** What the emulated printer answers to DLE EOT 1, 2, 3, 4 (null: silence). */
  public enum Condition {
    READY(0x12, 0x12, 0x12, 0x12),
    PAPER_NEAR_END(0x12, 0x12, 0x12, 0x1E),
    PAPER_OUT(0x1A, 0x32, 0x12, 0x72),
    COVER_OPEN(0x1A, 0x16, 0x12, 0x12),
    CUTTER_JAM(0x1A, 0x52, 0x1A, 0x12),
    SILENT();

    private final int[] answers;

    Condition(int... answers) {
      this.answers = answers;
    }
  }

  private final InputStream in;
  private final OutputStream out;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile Condition condition;
  private volatile boolean reading = true;
  private int statusQueries;

  public PrinterEmulator(InputStream in, OutputStream out) {
    this(in, out, Condition.READY);
  }

  /**
   * A printer in this condition from its first byte (set before the emulator starts reading, so a
   * status query sent at once is never answered as READY).
   */
  public PrinterEmulator(InputStream in, OutputStream out, Condition condition) {
    this.in = in;
    this.out = out;
    this.condition = condition;
    this.thread = new Thread(this::serve, "printer-emulator");
    thread.setDaemon(true);
    thread.start();
  }

  /** Answers status queries as a printer in this condition. */
  public PrinterEmulator answering(Condition condition) {
    this.condition = condition;
    return this;
  }

  /** Stops taking bytes, so the sender's buffers fill up. */
  public void stopReading() {
    reading = false;
  }

  /** Everything received so far, status queries included. */
  public synchronized byte[] received() {
    return received.toByteArray();
  }

  /** Everything received except the {@code DLE EOT n} status queries. */
  public synchronized byte[] printed() {
    byte[] all = received.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < all.length; i++) {
      if (all[i] == 0x10 && i + 2 < all.length && all[i + 1] == 0x04) {
        i += 2;
      } else {
        out.write(all[i]);
      }
    }
    return out.toByteArray();
  }

  /** How many status queries came in. */
  public synchronized int statusQueries() {
    return statusQueries;
  }

  /** Waits until at least n bytes have arrived. */
  public byte[] awaitBytes(int n, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (received().length < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return received();
  }

  /** Waits until at least n bytes other than status queries have arrived; returns them. */
  public byte[] awaitPrinted(int n, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (printed().length < n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return printed();
  }

  private void serve() {
    int[] last = new int[2];
    try {
      while (true) {
        if (!reading) {
          Thread.sleep(20);
          continue;
        }
        int b = in.read();
        if (b < 0) {
          return;
        }
        synchronized (this) {
          received.write(b);
        }
        if (last[0] == 0x10 && last[1] == 0x04 && b >= 1 && b <= 4) {
          answer(b);
        }
        last[0] = last[1];
        last[1] = b;
      }
    } catch (IOException | InterruptedException e) {
      // the connection was closed: the emulator ends
    }
  }

  private void answer(int n) throws IOException {
    synchronized (this) {
      statusQueries++;
    }
    Condition now = condition;
    if (now.answers.length == 4) {
      out.write(now.answers[n - 1]);
      out.flush();
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
