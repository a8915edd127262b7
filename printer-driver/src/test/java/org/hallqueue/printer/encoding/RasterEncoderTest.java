package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.hallqueue.printer.Mode;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.TicketEncoder;
import org.hallqueue.printer.Tickets;
import org.hallqueue.printer.VirtualPrinter;
import org.hallqueue.printer.layout.TicketLayout;
import org.hallqueue.printer.virtual.Receipt;
import org.hallqueue.printer.virtual.ReceiptRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RasterEncoderTest {

  @ParameterizedTest
  @EnumSource(PaperWidth.class)
  void shouldPrintAQrCodeAPhoneCanReadFromTheRasterTicket(PaperWidth width) throws Exception {
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(Tickets.flexibleEmploymentInChinese(), Mode.RASTER, width), width);
    BufferedImage paper = ReceiptRenderer.render(receipt);

    String decoded =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(luminance(paper))))
            .getText();

    assertThat(decoded).isEqualTo(Tickets.TRACKING_URL);
    assertThat(receipt.lines()).isEmpty();
    assertThat(receipt.cuts()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(PaperWidth.class)
  void shouldSendOnlyInkedBandsNoTallerThanTheLimitAndNoWiderThanTheirInk(PaperWidth width) {
    BufferedImage drawn = TicketPainter.paint(TicketLayout.of(Tickets.elderlyLaneShown()), width);
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(Tickets.elderlyLaneShown(), Mode.RASTER, width), width);

    assertThat(receipt.images())
        .allSatisfy(
            band -> {
              assertThat(band.height()).isLessThanOrEqualTo(RasterEncoder.MAX_BAND_ROWS);
              assertThat(band.leftMargin() + band.width()).isLessThanOrEqualTo(width.dots());
              assertThat(hasInk(band, 0)).as("first row has ink").isTrue();
              assertThat(hasInk(band, band.height() - 1)).as("last row has ink").isTrue();
            });
    long sent = receipt.images().stream().mapToLong(b -> (long) b.widthBytes() * b.height()).sum();
    assertThat(sent).isLessThan((long) drawn.getHeight() * width.dots() / 8 / 2);
  }

  private static RGBLuminanceSource luminance(BufferedImage image) {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
  }

  private static boolean hasInk(Receipt.RasterImage band, int row) {
    for (int x = 0; x < band.width(); x++) {
      if (band.isBlack(x, row)) {
        return true;
      }
    }
    return false;
  }
}
