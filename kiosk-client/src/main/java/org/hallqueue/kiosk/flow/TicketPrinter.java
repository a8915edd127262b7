package org.hallqueue.kiosk.flow;

import java.util.concurrent.CompletableFuture;
import org.hallqueue.printer.AppointmentSlip;
import org.hallqueue.printer.Mode;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.Printer;
import org.hallqueue.printer.PrinterStatus;
import org.hallqueue.printer.TicketPrint;

/** The kiosk's ticket printer; both calls run off the UI thread. */
public interface TicketPrinter {

  CompletableFuture<PrinterStatus> status();

  CompletableFuture<Void> print(TicketPrint ticket);

  /** Prints an appointment slip; a printer that cannot says so through the future. */
  default CompletableFuture<Void> print(AppointmentSlip slip) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("this printer does not print appointment slips"));
  }

  /** A printer-driver printer, printing in text mode on 80 mm paper. */
  static TicketPrinter of(Printer printer) {
    return new TicketPrinter() {
      @Override
      public CompletableFuture<PrinterStatus> status() {
        return printer.statusAsync();
      }

      @Override
      public CompletableFuture<Void> print(TicketPrint ticket) {
        return printer.printAsync(ticket, Mode.TEXT, PaperWidth.MM80);
      }

      @Override
      public CompletableFuture<Void> print(AppointmentSlip slip) {
        return printer.printAsync(slip, Mode.TEXT, PaperWidth.MM80);
      }
    };
  }
}
