package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.TicketEncoder;
import org.hallqueue.printer.TicketPrint;
import org.hallqueue.printer.Tickets;
import org.hallqueue.printer.VirtualPrinter;
import org.hallqueue.printer.layout.TicketLayout;
import org.hallqueue.printer.virtual.Receipt;

/** Any ticket text, in either language, comes back out of the virtual printer. */
class EncoderRoundTripTest {

  @Property(tries = 150)
  void shouldPrintEveryTicketTextSoTheVirtualPrinterReadsItBack(
      @ForAll("texts") String service,
      @ForAll("texts") String area,
      @ForAll("texts") String document,
      @ForAll("languages") String language,
      @ForAll PaperWidth width) {
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

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chinese = Arbitraries.chars().range('\u4E00', '\u9FA5');
    Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
    Arbitrary<Character> punctuation = Arbitraries.of('，', '。', '：', '（', '）', '、', '□', '—');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, chinese),
            net.jqwik.api.Tuple.of(4, ascii),
            net.jqwik.api.Tuple.of(1, punctuation))
        .list()
        .ofMinSize(1)
        .ofMaxSize(60)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat))
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(TicketPrint.ZH, TicketPrint.EN);
  }
}
