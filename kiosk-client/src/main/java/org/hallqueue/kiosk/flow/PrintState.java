package org.hallqueue.kiosk.flow;

/** What became of the paper ticket. */
public enum PrintState {
  /** No ticket yet. */
  NONE,
  /** Asking the printer and printing. */
  PRINTING,
  /** Printed: the visitor takes the paper. */
  PRINTED,
  /** The printer is out of paper, open or failed: the ticket is only on the screen. */
  FAILED,
  /** This kiosk has no printer: the ticket is only on the screen. */
  NO_PRINTER
}
