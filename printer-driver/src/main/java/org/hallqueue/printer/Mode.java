package org.hallqueue.printer;

/** How a ticket is encoded for the printer. */
public enum Mode {
  /**
   * GB18030 text in the printer's Chinese mode ({@code FS &}), native QR: small and fast, needs a
   * printer with a built-in Chinese font.
   */
  TEXT,
  /** The whole ticket drawn with Java2D and sent as a 1-bit raster image: works on any printer. */
  RASTER
}
