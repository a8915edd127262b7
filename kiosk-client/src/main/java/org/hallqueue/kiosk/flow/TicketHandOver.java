package org.hallqueue.kiosk.flow;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hallqueue.kiosk.server.QueueApi;
import org.hallqueue.kiosk.server.ServerException;
import org.hallqueue.printer.AppointmentSlip;
import org.hallqueue.printer.PrinterFaultException;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.TicketPrint;

/**
 * Hands an issued ticket over on paper: prints it when the printer said it can (or did not say),
 * and tells the server the printer's state ({@code POST /devices/me/status}) each time it changes.
 */
final class TicketHandOver {

  private final Optional<TicketPrinter> printer;
  private final QueueApi api;
  private final Executor background;
  private final Consumer<ServerException> refused;
  private String reportedState = "";

  /**
   * @param refused called (on the background executor) when the server refuses the device token
   */
  TicketHandOver(
      Optional<TicketPrinter> printer,
      QueueApi api,
      Executor background,
      Consumer<ServerException> refused) {
    this.printer = printer;
    this.api = api;
    this.background = background;
    this.refused = refused;
  }

  boolean hasPrinter() {
    return printer.isPresent();
  }

  /** Asks the printer's status; call as early as possible, it runs while the ticket is issued. */
  CompletableFuture<PrinterStatus> status() {
    return printer.map(TicketPrinter::status).orElse(null);
  }

  /**
   * Prints unless {@code status} says the printer cannot; completes (never exceptionally) with the
   * printer's state afterwards, which has been reported to the server.
   */
  CompletableFuture<PrinterStatus> print(
      CompletableFuture<PrinterStatus> status, TicketPrint print) {
    return reported(attempt(status, print));
  }

  /** As {@link #print(CompletableFuture, TicketPrint)}, for an appointment slip. */
  CompletableFuture<PrinterStatus> print(
      CompletableFuture<PrinterStatus> status, AppointmentSlip slip) {
    return reported(attempt(status, p -> p.print(slip)));
  }

  /**
   * Prints unless {@code status} says the printer cannot; completes (never exceptionally) with the
   * printer's state afterwards, without reporting it.
   */
  CompletableFuture<PrinterStatus> attempt(
      CompletableFuture<PrinterStatus> status, TicketPrint print) {
    return attempt(status, p -> p.print(print));
  }

  private CompletableFuture<PrinterStatus> reported(CompletableFuture<PrinterStatus> printed) {
    return printed.thenApply(
        st -> {
          report(st);
          return st;
        });
  }

  private CompletableFuture<PrinterStatus> attempt(
      CompletableFuture<PrinterStatus> status,
      java.util.function.Function<TicketPrinter, CompletableFuture<Void>> job) {
    return status
        .handle(
            (st, error) -> error != null ? PrinterStatus.noAnswer(cause(error).getMessage()) : st)
        .thenCompose(
            st -> {
              if (!st.canPrint() && st.state() != PrinterStatus.State.UNKNOWN) {
                return CompletableFuture.completedFuture(st);
              }
              return printer
                  .map(job)
                  .orElseThrow()
                  .handle(
                      (ok, error) -> {
                        if (error == null) {
                          return st.state() == PrinterStatus.State.UNKNOWN
                              ? PrinterStatus.reported(PrinterStatus.State.ONLINE, "printed")
                              : st;
                        }
                        Throwable c = cause(error);
                        return c instanceof PrinterFaultException f
                            ? f.status()
                            : PrinterStatus.noAnswer(String.valueOf(c.getMessage()));
                      });
            });
  }

  private static Throwable cause(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  /** The printer's state as the server names it ({@code POST /devices/me/status}). */
  static String reported(PrinterStatus st) {
    return switch (st.state()) {
      case ONLINE, UNKNOWN -> "OK";
      case PAPER_NEAR_END -> "PAPER_LOW";
      case PAPER_OUT -> "PAPER_OUT";
      case COVER_OPEN -> "COVER_OPEN";
      case OFFLINE -> "OFFLINE";
      case ERROR -> "ERROR";
    };
  }

  private void report(PrinterStatus st) {
    String state = reported(st);
    synchronized (this) {
      if (state.equals(reportedState)) {
        return;
      }
      reportedState = state;
    }
    background.execute(
        () -> {
          try {
            api.reportStatus(state, st.reason());
          } catch (ServerException e) {
            synchronized (this) {
              reportedState = "";
            }
            if (e.tokenRefused()) {
              refused.accept(e);
            }
          }
        });
  }
}
