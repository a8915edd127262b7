package org.hallqueue.printer;

import java.io.IOException;

/** The printer answered, and what it said stops printing (paper out, cover open, error…). */
public final class PrinterFaultException extends IOException {
  private final transient PrinterStatus status;

  public PrinterFaultException(String where, PrinterStatus status) {
    super("printer " + where + " cannot print: " + status.reason());
    this.status = status;
  }

  /** The status the printer reported. */
  public PrinterStatus status() {
    return status;
  }
}
