package org.hallqueue.kiosk.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.hallqueue.printer.encoding.QrSymbol;

/** A QR code of a URL, drawn black on white with the standard four-module quiet zone. */
final class QrCode {
  private QrCode() {}

  static Canvas of(String payload, double size) {
    QrSymbol symbol = QrSymbol.of(payload, QrSymbol.DEFAULT_LEVEL);
    int modules = symbol.modules() + 8;
    double m = Math.floor(size / modules);
    Canvas canvas = new Canvas(m * modules, m * modules);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setFill(Color.BLACK);
    for (int y = 0; y < symbol.modules(); y++) {
      for (int x = 0; x < symbol.modules(); x++) {
        if (symbol.isDark(x, y)) {
          g.fillRect((x + 4) * m, (y + 4) * m, m, m);
        }
      }
    }
    canvas.setId("qr");
    canvas.setUserData(payload);
    return canvas;
  }
}
