package org.hallqueue.printer.encoding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code GS ( k} commands that store and print a QR code. Written here rather than with
 * escpos-coffee's {@code QRCode}, which declares the payload length in characters but writes the
 * bytes in the JVM's default charset, so any non-ASCII payload corrupts the command (STACK.md).
 * Here the length is always the byte count.
 */
public final class QrCommand {

  private QrCommand() {}

  /** Model 2, the given module size (1–16 dots) and level, store the payload, print. */
  public static byte[] bytes(byte[] payload, int moduleSize, char level) {
    if (moduleSize < 1 || moduleSize > 16) {
      throw new IllegalArgumentException("QR module size must be 1..16 dots, not " + moduleSize);
    }
    if (payload.length == 0 || payload.length > 7089) {
      throw new IllegalArgumentException("QR payload must be 1..7089 bytes");
    }
    int levelCode =
        switch (level) {
          case 'L' -> 48;
          case 'M' -> 49;
          case 'Q' -> 50;
          case 'H' -> 51;
          default -> throw new IllegalArgumentException("QR level must be L, M, Q or H");
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 40);
    function(out, 65, 50, 0); // select model 2
    function(out, 67, moduleSize); // module size
    function(out, 69, levelCode); // error correction level
    int length = payload.length + 3;
    out.writeBytes(new byte[] {0x1D, '(', 'k', (byte) length, (byte) (length >> 8), 49, 80, 48});
    out.writeBytes(payload); // store the data
    function(out, 81, 48); // print the symbol
    return out.toByteArray();
  }

  /** For an ASCII payload such as a URL. */
  public static byte[] bytes(String asciiPayload, int moduleSize, char level) {
    return bytes(asciiPayload.getBytes(StandardCharsets.US_ASCII), moduleSize, level);
  }

  private static void function(ByteArrayOutputStream out, int fn, int... params) {
    int length = params.length + 2;
    out.writeBytes(new byte[] {0x1D, '(', 'k', (byte) length, 0, 49, (byte) fn});
    for (int p : params) {
      out.write(p);
    }
  }
}
