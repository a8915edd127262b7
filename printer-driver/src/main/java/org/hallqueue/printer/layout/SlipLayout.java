package org.hallqueue.printer.layout;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hallqueue.printer.AppointmentSlip;
import org.hallqueue.printer.layout.Block.Align;
import org.hallqueue.printer.layout.Block.Size;

/**
 * Lays out an appointment slip as blocks: office, title, the big booking code, service name, day
 * and time, the check-in window and how to check in, documents checklist, QR of the code, footer.
 * Pure: no I/O, no encoding.
 */
public final class SlipLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private SlipLayout() {}

  /** The blocks of a slip, top to bottom. */
  public static List<Block> of(AppointmentSlip slip) {
    Labels words = new Labels(slip.language());
    Locale locale = Locale.forLanguageTag(slip.language());
    List<Block> blocks = new ArrayList<>();
    TicketLayout.text(blocks, slip.in(slip.officeName()), Size.NORMAL, true, Align.CENTER);
    blocks.add(new Block.Rule());
    TicketLayout.text(blocks, words.get("slipTitle"), Size.NORMAL, true, Align.CENTER);
    TicketLayout.text(blocks, slip.printedCode(), Size.LARGE, true, Align.CENTER);
    TicketLayout.text(blocks, slip.in(slip.serviceName()), Size.LARGE, true, Align.CENTER);
    String other = slip.serviceName().get(slip.otherLanguage());
    if (other != null) {
      TicketLayout.text(blocks, other, Size.SMALL, false, Align.CENTER);
    }
    blocks.add(new Block.Rule());
    String day =
        slip.date() + " " + slip.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    TicketLayout.text(blocks, words.get("slipDate", day), Size.NORMAL, true);
    TicketLayout.text(
        blocks,
        words.get("slipTime", TIME.format(slip.start()), TIME.format(slip.end())),
        Size.NORMAL,
        true);
    TicketLayout.text(
        blocks,
        words.get("slipCheckIn", TIME.format(slip.checkInFrom()), TIME.format(slip.checkInUntil())),
        Size.NORMAL,
        false);
    TicketLayout.text(blocks, words.get("slipHow"), Size.NORMAL, false);
    if (!slip.documents().isEmpty()) {
      blocks.add(new Block.Rule());
      TicketLayout.text(blocks, words.get("documents"), Size.NORMAL, true);
      for (Map<String, String> document : slip.documents()) {
        String item = TicketLayout.clean(slip.in(document));
        if (!item.isEmpty()) {
          blocks.add(new Block.Item(item));
        }
      }
    }
    blocks.add(new Block.Rule());
    blocks.add(new Block.Qr(slip.code()));
    TicketLayout.text(blocks, words.get("slipScan"), Size.SMALL, false, Align.CENTER);
    if (!slip.footer().isEmpty()) {
      TicketLayout.text(blocks, slip.in(slip.footer()), Size.SMALL, false, Align.CENTER);
    }
    return List.copyOf(blocks);
  }
}
