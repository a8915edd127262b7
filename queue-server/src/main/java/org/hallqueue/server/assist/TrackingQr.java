package org.hallqueue.server.assist;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/**
 * A ticket's tracking address as a QR code in SVG, black modules on white with the four-module
 * quiet zone, for the visitor to photograph from the assistant's tablet.
 */
final class TrackingQr {
  private TrackingQr() {}

  static String svg(String url) {
    ByteMatrix m;
    try {
      m =
          Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
              .getMatrix();
    } catch (WriterException e) {
      throw new IllegalStateException("cannot encode the tracking address as QR", e);
    }
    int size = m.getWidth() + 8;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y) == 1) {
          path.append('M').append(x + 4).append(' ').append(y + 4).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\"><rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
