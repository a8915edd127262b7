package org.hallqueue.printer.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts a time limit on blocking writes, which Java sockets, device files and jSerialComm on Linux
 * do not have: the write runs on a helper thread, and if it does not finish in time the connection
 * is closed (which ends the blocked write) and the caller gets an {@link IOException}.
 */
final class Watchdog {

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "printer-io");
            t.setDaemon(true);
            return t;
          });

  /** A blocking I/O step. */
  interface Step {
    void run() throws IOException;
  }

  private Watchdog() {}

  static void run(Step step, Duration limit, Closeable connection, String timeoutMessage)
      throws IOException {
    Future<?> future =
        WORKERS.submit(
            () -> {
              step.run();
              return null;
            });
    try {
      future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      closeQuietly(connection);
      future.cancel(true);
      throw new IOException(timeoutMessage);
    } catch (InterruptedException e) {
      closeQuietly(connection);
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while sending to the printer");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("sending to the printer failed: " + e.getCause(), e.getCause());
    }
  }

  private static void closeQuietly(Closeable connection) {
    try {
      connection.close();
    } catch (IOException | RuntimeException ignored) {
      // already failing with a clearer message
    }
  }
}
