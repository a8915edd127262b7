package org.hallqueue.printer.virtual;

import org.hallqueue.printer.virtual.Receipt.TextStyle;

/** The {@code GS} commands of the virtual printer: sizes, reverse, cut, margin, QR, raster. */
final class GsCommands {

  private final EscPosDecoder d;

  GsCommands(EscPosDecoder decoder) {
    this.d = decoder;
  }

  void run(int c) {
    TextStyle s = d.style();
    switch (c) {
      case '!' -> {
        int n = d.next();
        d.style(
            new TextStyle(
                s.bold(), s.underline(), s.reverse(), (n >> 4 & 7) + 1, (n & 7) + 1, s.fontB()));
      }
      case 'B' -> {
        boolean reverse = (d.next() & 1) != 0;
        d.style(new TextStyle(s.bold(), s.underline(), reverse, s.width(), s.height(), s.fontB()));
      }
      case 'V' -> cut();
      case 'L' -> d.leftMargin(d.next() | d.next() << 8);
      case 'W' -> {
        d.next();
        d.next();
      }
      case 'v' -> raster();
      case '(' -> extended();
      case '8' -> long8();
      case 'k' -> barcode();
      case 'h', 'w', 'H', 'f', 'a', 'r', 'I', 'b', 'E' -> d.next();
      case 'P' -> {
        d.next();
        d.next();
      }
      default -> d.warn("unknown command GS " + EscPosDecoder.hex(c));
    }
  }

  private void cut() {
    int m = d.next();
    d.flushIfPending();
    if (m >= 65) {
      int feed = d.next();
      if (feed > 0) {
        d.emit(new Receipt.Feed(feed));
      }
    }
    boolean partial = m == 1 || m == 49 || m == 66 || m == 98 || m == 104;
    d.emit(new Receipt.Cut(partial));
  }

  private void raster() {
    if (d.next() != '0') {
      d.warn("GS v with an unknown function");
      return;
    }
    int m = d.next();
    int widthBytes = d.next() | d.next() << 8;
    int height = d.next() | d.next() << 8;
    byte[] data = d.take(widthBytes * height, "GS v 0 raster image");
    if (data == null) {
      return;
    }
    d.flushIfPending();
    int scaleX = (m & 1) != 0 ? 2 : 1;
    int scaleY = (m & 2) != 0 ? 2 : 1;
    d.emit(
        new Receipt.RasterImage(
            widthBytes, height, scaleX, scaleY, d.leftMargin(), d.align(), data));
  }

  /** {@code GS ( x pL pH …}: QR codes for {@code k}, skipped for every other letter. */
  private void extended() {
    int letter = d.next();
    int length = d.next() | d.next() << 8;
    byte[] body = d.take(length, "GS ( " + (char) letter);
    if (body == null || letter != 'k') {
      return;
    }
    if (body.length < 2 || body[0] != 49) {
      d.warn("GS ( k for a symbol other than QR ignored");
      return;
    }
    EscPosDecoder.QrState qr = d.qr();
    int fn = body[1];
    switch (fn) {
      case 65 -> {}
      case 67 -> qr.moduleSize = body.length > 2 ? body[2] : qr.moduleSize;
      case 69 -> qr.level = body.length > 2 ? "LMQH".charAt(Math.floorMod(body[2] - 48, 4)) : 'L';
      case 80 -> {
        qr.data = new byte[body.length - 3];
        System.arraycopy(body, 3, qr.data, 0, qr.data.length);
      }
      case 81 -> {
        if (qr.data == null) {
          d.warn("QR print without stored data");
          return;
        }
        d.flushIfPending();
        d.emit(
            new Receipt.QrCode(EscPosDecoder.payload(qr.data), qr.moduleSize, qr.level, d.align()));
      }
      default -> d.warn("GS ( k function " + fn + " ignored");
    }
  }

  /** {@code GS 8 L p1 p2 p3 p4 …}: graphics with a 32-bit length, skipped. */
  private void long8() {
    int letter = d.next();
    long length = d.next() | d.next() << 8 | d.next() << 16 | (long) d.next() << 24;
    d.take((int) Math.min(Integer.MAX_VALUE, length), "GS 8 " + (char) letter);
    d.warn("GS 8 " + (char) letter + " graphics not drawn (use GS v 0)");
  }

  private void barcode() {
    int m = d.next();
    StringBuilder data = new StringBuilder();
    if (m <= 6) {
      int b;
      while ((b = d.next()) != 0) {
        data.append((char) b);
      }
    } else {
      byte[] bytes = d.take(d.next(), "GS k barcode");
      if (bytes != null) {
        data.append(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    d.warn("barcode " + data + " not drawn");
  }
}
