package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.Seeds;
import org.hallqueue.printer.TicketEncoder;
import org.hallqueue.printer.TicketPrint;
import org.hallqueue.printer.Tickets;
import org.hallqueue.printer.VirtualPrinter;
import org.hallqueue.printer.layout.TicketLayout;
import org.hallqueue.printer.virtual.Receipt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Any ticket text, in either language, comes back out of the virtual printer. */
class EncoderRoundTripTest {

  private static final char[] PUNCTUATION = {'，', '。', '：', '（', '）', '、', '□', '—'};

  static LongStream seeds() {
    return Seeds.of(150);
  }

  /** The shortest and longest texts, on both papers, in both languages. */
  static Stream<Arguments> edgeCases() {
    String longest = "灵".repeat(30) + "x".repeat(30);
    return Stream.of(
        Arguments.of("灵", "A", "。", TicketPrint.ZH, PaperWidth.MM58),
        Arguments.of("x", "—", "□", TicketPrint.EN, PaperWidth.MM80),
        Arguments.of(longest, longest, longest, TicketPrint.ZH, PaperWidth.MM58),
        Arguments.of(longest, "~".repeat(60), "，".repeat(60), TicketPrint.EN, PaperWidth.MM58));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shouldPrintEveryTicketTextSoTheVirtualPrinterReadsItBack(long seed) {
    Seeds.check(
        seed,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          String language = random.nextBoolean() ? TicketPrint.ZH : TicketPrint.EN;
          PaperWidth width = PaperWidth.values()[random.nextInt(PaperWidth.values().length)];
          shouldPrintEdgeCaseTicketTexts(text(random), text(random), text(random), language, width);
        });
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void shouldPrintEdgeCaseTicketTexts(
      String service, String area, String document, String language, PaperWidth width) {
    TicketPrint ticket =
        new TicketPrint(
            Map.of("zh-CN", "社保大厅"),
            "A012",
            Map.of(language, service),
            language,
            null,
            Tickets.NINE_FIFTEEN,
            4,
            600,
            null,
            Map.of(language, area),
            List.of(Map.of(language, document)),
            Tickets.TRACKING_URL,
            null);

    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(ticket, org.hallqueue.printer.Mode.TEXT, width), width);

    String printed = String.join("", receipt.textLines()).replace(" ", "");
    for (String field : List.of(service, area, document)) {
      assertThat(printed).contains(TicketLayout.clean(field).replace(" ", ""));
    }
    assertThat(receipt.lines()).noneMatch(Receipt.TextLine::wrappedByPrinter);
    assertThat(receipt.qrPayloads()).containsExactly(Tickets.TRACKING_URL);
    assertThat(receipt.warnings()).isEmpty();
  }

  /** 1 to 60 characters, half Chinese, some ASCII, a little Chinese punctuation; not blank. */
  private static String text(SplittableRandom random) {
    while (true) {
      StringBuilder out = new StringBuilder();
      int length = random.nextInt(1, 61);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(10);
        out.append(
            kind < 5
                ? (char) random.nextInt('\u4E00', '\u9FA6')
                : kind < 9
                    ? (char) random.nextInt(' ', '~' + 1)
                    : PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
      }
      if (!out.toString().isBlank()) {
        return out.toString();
      }
    }
  }
}
