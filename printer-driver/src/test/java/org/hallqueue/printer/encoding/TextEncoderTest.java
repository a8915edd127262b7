package org.hallqueue.printer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.printer.Mode;
import org.hallqueue.printer.PaperWidth;
import org.hallqueue.printer.TicketEncoder;
import org.hallqueue.printer.TicketPrint;
import org.hallqueue.printer.Tickets;
import org.hallqueue.printer.VirtualPrinter;
import org.hallqueue.printer.virtual.Receipt;
import org.hallqueue.printer.virtual.Receipt.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextEncoderTest {

  @Test
  void shouldPrintChineseInChineseModeBetweenFsAmpersandAndFsDot() {
    byte[] bytes =
        TicketEncoder.encode(Tickets.flexibleEmploymentInChinese(), Mode.TEXT, PaperWidth.MM80);

    assertThat(bytes).startsWith(0x1B, '@', 0x1C, '&');
    assertThat(indexOf(bytes, "灵活就业人员参保".getBytes(TextEncoder.GB18030))).isPositive();
    assertThat(indexOf(bytes, new byte[] {0x1C, '.', 0x1D, 'V'})).isPositive();
  }

  @Test
  void shouldPrintTheNumberHugeAndBoldAndTheServiceDoubleSize() {
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(Tickets.elderlyLaneShown(), Mode.TEXT, PaperWidth.MM80),
            PaperWidth.MM80);

    TextLine number = line(receipt, "A012");
    assertThat(number.spans().get(0).style().width()).isEqualTo(5);
    assertThat(number.spans().get(0).style().height()).isEqualTo(5);
    assertThat(number.spans().get(0).style().bold()).isTrue();
    assertThat(number.align()).isEqualTo(Receipt.Align.CENTER);
    assertThat(line(receipt, "灵活就业人员参保").spans().get(0).style().width()).isEqualTo(2);
    assertThat(line(receipt, "优先通道：老年人").spans().get(0).style().bold()).isTrue();
    assertThat(line(receipt, "Flexible employment insurance enrolment").heightMultiplier())
        .isEqualTo(1);
  }

  @Test
  void shouldPrintTheWaitRangeThatTheVirtualPrinterReadsBackInBothLanguages() {
    Receipt chinese = onNarrowPaper(Tickets.flexibleEmploymentInChinese());
    Receipt english = onNarrowPaper(Tickets.flexibleEmploymentInEnglish());

    assertThat(chinese.textLines()).contains("预计等候 9–28 分钟");
    assertThat(english.textLines()).contains("About 9–28 minutes");
    assertThat(onNarrowPaper(Tickets.withoutWaitRange()).textLines()).contains("预计等待：约 15 分钟");
    assertThat(chinese.warnings()).isEmpty();
    assertThat(english.warnings()).isEmpty();
  }

  private static Receipt onNarrowPaper(TicketPrint ticket) {
    return VirtualPrinter.decode(
        TicketEncoder.encode(ticket, Mode.TEXT, PaperWidth.MM58), PaperWidth.MM58);
  }

  @Test
  void shouldIndentTheWrappedLinesOfAChecklistItemUnderItsText() {
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(Tickets.flexibleEmploymentInEnglish(), Mode.TEXT, PaperWidth.MM58),
            PaperWidth.MM58);

    assertThat(receipt.textLines())
        .containsSubsequence("□ Household register or", "   residence permit");
  }

  @ParameterizedTest
  @EnumSource(PaperWidth.class)
  void shouldFitEveryLineOnThePaperAndEndWithQrAndCut(PaperWidth width) {
    Receipt receipt =
        VirtualPrinter.decode(
            TicketEncoder.encode(Tickets.flexibleEmploymentInEnglish(), Mode.TEXT, width), width);

    assertThat(receipt.lines()).noneMatch(TextLine::wrappedByPrinter);
    assertThat(receipt.lines()).allMatch(l -> l.widthDots() <= width.dots());
    assertThat(receipt.qrPayloads()).containsExactly(Tickets.TRACKING_URL);
    assertThat(receipt.elements().get(receipt.elements().size() - 1))
        .isEqualTo(new Receipt.Cut(true));
    assertThat(receipt.warnings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(PaperWidth.class)
  void shouldKeepATextTicketWithQrUnder1200Bytes(PaperWidth width) {
    assertThat(TicketEncoder.encode(Tickets.elderlyLaneShown(), Mode.TEXT, width).length)
        .isLessThan(1200);
    assertThat(TicketEncoder.encode(Tickets.flexibleEmploymentInEnglish(), Mode.TEXT, width).length)
        .isLessThan(1200);
  }

  private static TextLine line(Receipt receipt, String text) {
    return receipt.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
