package org.hallqueue.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hallqueue.printer.virtual.Receipt.TextStyle;
import org.junit.jupiter.api.Test;

class EscPosDecoderTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @Test
  void shouldReadChineseOnlyInChineseModeAndCodePage437Outside() {
    Receipt receipt =
        decode(
            bytes(0x1C, '&'),
            "社保".getBytes(GB18030),
            bytes('\n', 0x1C, '.'),
            bytes(0x82, 'C', '\n'));

    assertThat(receipt.textLines()).containsExactly("社保", "éC");
    assertThat(receipt.lines().get(0).widthDots()).isEqualTo(48);
    assertThat(receipt.lines().get(1).widthDots()).isEqualTo(24);
  }

  @Test
  void shouldReadFourByteGb18030Characters() {
    String rare = "𠀀"; // U+20000, four bytes in GB18030
    Receipt receipt = decode(bytes(0x1C, '&'), rare.getBytes(GB18030), bytes('\n'));

    assertThat(receipt.textLines()).containsExactly(rare);
  }

  @Test
  void shouldKeepStylesPerSpan() {
    Receipt receipt =
        decode(
            bytes(0x1B, 'E', 1, 0x1D, '!', 0x11),
            "AB".getBytes(),
            bytes(0x1B, 'E', 0, 0x1D, '!', 0),
            "c\n".getBytes());

    assertThat(receipt.lines().get(0).spans())
        .containsExactly(
            new Receipt.Span("AB", new TextStyle(true, 0, false, 2, 2, false), false),
            new Receipt.Span("c", TextStyle.PLAIN, false));
    assertThat(receipt.lines().get(0).widthDots()).isEqualTo(2 * 24 + 12);
  }

  @Test
  void shouldWrapALineTooWideForThePaperAsAPrinterDoes() {
    Receipt receipt = EscPosDecoder.decode(("x".repeat(40) + "\n").getBytes(), 384);

    assertThat(receipt.textLines()).containsExactly("x".repeat(32), "x".repeat(8));
    assertThat(receipt.lines().get(0).wrappedByPrinter()).isTrue();
  }

  @Test
  void shouldReadARasterImageAtItsMarginAndACut() {
    Receipt receipt =
        decode(
            bytes(0x1D, 'L', 16, 0, 0x1D, 'v', '0', 0, 2, 0, 2, 0, 0x80, 0x01, 0xFF, 0x00),
            bytes(0x1B, 'J', 20, 0x1D, 'V', 66, 0));

    Receipt.RasterImage image = receipt.images().get(0);
    assertThat(image.leftMargin()).isEqualTo(16);
    assertThat(image.width()).isEqualTo(16);
    assertThat(image.isBlack(0, 0)).isTrue();
    assertThat(image.isBlack(15, 0)).isTrue();
    assertThat(image.isBlack(1, 0)).isFalse();
    assertThat(image.isBlack(7, 1)).isTrue();
    assertThat(image.isBlack(8, 1)).isFalse();
    assertThat(receipt.elements()).endsWith(new Receipt.Feed(20), new Receipt.Cut(true));
  }

  @Test
  void shouldWarnAboutACommandCutShortInsteadOfFailing() {
    Receipt receipt = decode(bytes(0x1D, 'v', '0', 0, 10, 0, 10, 0, 1, 2, 3));

    assertThat(receipt.images()).isEmpty();
    assertThat(receipt.warnings()).anyMatch(w -> w.contains("declares 100 bytes"));
  }

  @Property(tries = 300)
  void shouldNeverFailOnAnyBytes(@ForAll byte[] anything) {
    Receipt receipt = EscPosDecoder.decode(anything, 576);

    assertThat(receipt.elements()).isNotNull();
    assertThat(receipt.lines()).allMatch(l -> l.widthDots() <= 576);
  }

  private static Receipt decode(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return EscPosDecoder.decode(out.toByteArray(), 576);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
