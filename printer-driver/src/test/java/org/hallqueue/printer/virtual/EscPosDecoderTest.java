package org.hallqueue.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hallqueue.printer.Seeds;
import org.hallqueue.printer.virtual.Receipt.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

  /** Command starts, text and line feeds come often, so random bytes reach deep into commands. */
  private static final int[] INTERESTING = {0x1B, 0x1D, 0x1C, 0x0A, 0x00, 0xFF, '!', 'v', '0', 'k'};

  static LongStream seeds() {
    return Seeds.of(300);
  }

  static Stream<byte[]> edgeCases() {
    return Stream.of(
        new byte[0],
        bytes(0x00),
        bytes(0xFF),
        bytes(0x7F),
        bytes(0x80),
        bytes(0x1B),
        bytes(0x1D),
        bytes(0x1C),
        bytes(0x1D, 'v', '0'),
        bytes(0x1D, '(', 'k', 0xFF, 0xFF),
        bytes(0x1C, '&', 0x81),
        // a 2 GB graphics length once overflowed the bounds check and asked for a 2 GB array
        bytes(0x1D, '8', 'L', 0xFF, 0xFF, 0xFF, 0x7F, 1, 2, 3));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldNeverFailOnAnyBytes(long seed) {
    Seeds.check(
        seed,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          byte[] anything = new byte[random.nextInt(256)];
          for (int i = 0; i < anything.length; i++) {
            anything[i] =
                (byte)
                    (random.nextBoolean()
                        ? random.nextInt(256)
                        : INTERESTING[random.nextInt(INTERESTING.length)]);
          }
          assertDecodesCalmly(anything);
        });
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void shouldNeverFailOnEdgeCaseBytes(byte[] anything) {
    assertDecodesCalmly(anything);
  }

  private static void assertDecodesCalmly(byte[] anything) {
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
