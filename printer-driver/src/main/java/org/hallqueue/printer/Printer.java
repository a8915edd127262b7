package org.hallqueue.printer;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hallqueue.printer.status.StatusQuery;
import org.hallqueue.printer.transport.Transport;

/**
 * A ticket printer named by a {@link PrinterUri}. Each operation opens the connection, does its
 * work and closes it again, so a printer that was switched off or re-plugged works again on the
 * next ticket without restarting the kiosk.
 *
 * <p>The blocking methods ({@link #print}, {@link #status}) can take seconds on a slow serial line;
 * never call them on a UI thread. Use {@link #printAsync} and {@link #statusAsync}, which run one
 * at a time on this printer's own background thread. Close the printer to stop that thread.
 */
public final class Printer implements AutoCloseable {

  private final PrinterUri uri;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "printer " + task.hashCode());
            t.setDaemon(true);
            return t;
          });

  private Printer(PrinterUri uri) {
    this.uri = uri;
  }

  /**
   * A printer at a URI such as {@code serial:/dev/ttyUSB0?baud=9600}. Does not connect yet.
   *
   * @throws IllegalArgumentException when the URI is malformed
   */
  public static Printer open(String uri) {
    return new Printer(PrinterUri.parse(uri));
  }

  /** A printer at a parsed URI. Does not connect yet. */
  public static Printer open(PrinterUri uri) {
    return new Printer(uri);
  }

  /** Where the printer is. */
  public PrinterUri uri() {
    return uri;
  }

  /**
   * Prints a ticket. Where the connection can answer and the URI does not say {@code status=false},
   * asks the printer's status first.
   *
   * @throws PrinterFaultException when the printer reports paper out, cover open, an error, or
   *     offline
   * @throws IOException when the printer cannot be reached, does not answer, or stops taking data
   *     within the timeout
   */
  public synchronized void print(TicketPrint ticket, Mode mode, PaperWidth width)
      throws IOException {
    send(TicketEncoder.encode(ticket, mode, width));
  }

  /** Sends ready-made ESC/POS bytes, with the same checks as {@link #print}. */
  public synchronized void send(byte[] escPos) throws IOException {
    try (Transport transport = Transport.open(uri)) {
      if (uri.checkStatus() && transport.hasBackChannel()) {
        PrinterStatus status = StatusQuery.ask(transport, uri.timeout());
        if (status.isReportedFault()) {
          throw new PrinterFaultException(transport.describe(), status);
        }
        if (!status.answered()) {
          throw new IOException(
              status.reason()
                  + " (add status=false to the printer URI if this printer never answers)");
        }
      }
      transport.write(escPos);
      if (uri.checkStatus() && transport.hasBackChannel()) {
        confirm(transport, escPos.length);
      }
    }
  }

  /**
   * Asks for the status once more after the ticket: a printer handles real-time commands as they
   * arrive, so its answer means it has received every byte before the question.
   */
  private void confirm(Transport transport, int sent) throws IOException {
    transport.discardInput();
    transport.write(new byte[] {0x10, 0x04, 0x01});
    if (transport.read(uri.timeout()) < 0) {
      throw new IOException(
          transport.describe()
              + " did not confirm within "
              + uri.timeout().toMillis()
              + " ms that it received the "
              + sent
              + " bytes of the ticket: check the paper and whether it printed");
    }
  }

  /**
   * Asks the printer how it is. Silence gives {@link PrinterStatus.State#OFFLINE} with {@code
   * answered() == false}; a device file gives {@link PrinterStatus.State#UNKNOWN}.
   *
   * @throws IOException when the printer cannot be reached at all
   */
  public synchronized PrinterStatus status() throws IOException {
    try (Transport transport = Transport.open(uri)) {
      return StatusQuery.ask(transport, uri.timeout());
    }
  }

  /** {@link #print} on this printer's background thread. */
  public CompletableFuture<Void> printAsync(TicketPrint ticket, Mode mode, PaperWidth width) {
    return sendAsync(() -> TicketEncoder.encode(ticket, mode, width));
  }

  /** Prints an appointment slip, with the same checks as {@link #print}, in the background. */
  public CompletableFuture<Void> printAsync(AppointmentSlip slip, Mode mode, PaperWidth width) {
    return sendAsync(() -> TicketEncoder.encode(slip, mode, width));
  }

  /** Encodes and sends on this printer's background thread. */
  private CompletableFuture<Void> sendAsync(java.util.function.Supplier<byte[]> escPos) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            send(escPos.get());
          } catch (IOException e) {
            throw new CompletionException(e);
          }
        },
        worker);
  }

  /** {@link #status} on this printer's background thread. */
  public CompletableFuture<PrinterStatus> statusAsync() {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return status();
          } catch (IOException e) {
            throw new CompletionException(e);
          }
        },
        worker);
  }

  /** Stops the background thread; a print in progress finishes first. */
  @Override
  public void close() {
    worker.shutdown();
  }

  @Override
  public String toString() {
    return "Printer[" + uri + "]";
  }
}
