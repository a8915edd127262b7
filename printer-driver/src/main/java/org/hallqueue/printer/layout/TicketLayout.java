package org.hallqueue.printer.layout;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallqueue.printer.TicketPrint;
import org.hallqueue.printer.layout.Block.Align;
import org.hallqueue.printer.layout.Block.Size;

/**
 * Lays out a ticket as blocks: office, big number, service name (visitor's language big, the other
 * smaller), lane where shown, issue time, place in queue and estimated wait, waiting area,
 * documents checklist, QR of the tracking URL, footer. Pure: no I/O, no encoding.
 */
public final class TicketLayout {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TicketLayout() {}

  /** The blocks of a ticket, top to bottom. */
  public static List<Block> of(TicketPrint ticket) {
    Labels words = new Labels(ticket.language());
    List<Block> blocks = new ArrayList<>();
    text(blocks, ticket.in(ticket.officeName()), Size.NORMAL, true, Align.CENTER);
    blocks.add(new Block.Rule());
    text(blocks, ticket.number(), Size.HUGE, true, Align.CENTER);
    text(blocks, ticket.in(ticket.serviceName()), Size.LARGE, true, Align.CENTER);
    String other = ticket.serviceName().get(ticket.otherLanguage());
    if (other != null) {
      text(blocks, other, Size.SMALL, false, Align.CENTER);
    }
    if (ticket.laneName() != null) {
      text(
          blocks,
          words.get("lane", clean(ticket.in(ticket.laneName()))),
          Size.NORMAL,
          true,
          Align.CENTER);
    }
    blocks.add(new Block.Rule());
    text(blocks, words.get("issued", TIME.format(ticket.issuedAt())), Size.NORMAL, false);
    if (ticket.position() == 1) {
      text(blocks, words.get("next"), Size.NORMAL, true);
    } else if (ticket.position() > 1) {
      text(blocks, words.get("ahead", ticket.position() - 1), Size.NORMAL, true);
    }
    text(
        blocks,
        waitPhrase(words, ticket.estimatedWaitSeconds(), ticket.estimatedWait()),
        Size.NORMAL,
        false);
    if (!ticket.waitingArea().isEmpty()) {
      text(
          blocks,
          words.get("waitingArea", clean(ticket.in(ticket.waitingArea()))),
          Size.NORMAL,
          false);
    }
    if (!ticket.documents().isEmpty()) {
      blocks.add(new Block.Rule());
      text(blocks, words.get("documents"), Size.NORMAL, true);
      for (Map<String, String> document : ticket.documents()) {
        String item = clean(ticket.in(document));
        if (!item.isEmpty()) {
          blocks.add(new Block.Item(item));
        }
      }
    }
    if (ticket.trackingUrl() != null) {
      blocks.add(new Block.Rule());
      blocks.add(new Block.Qr(ticket.trackingUrl()));
      text(blocks, words.get("scan"), Size.SMALL, false, Align.CENTER);
    }
    if (!ticket.footer().isEmpty()) {
      text(blocks, ticket.in(ticket.footer()), Size.SMALL, false, Align.CENTER);
    }
    return List.copyOf(blocks);
  }

  /**
   * "About 6–20 minutes" where the ticket has a range; without one "about 15 min", rounded up to
   * whole minutes; "very soon" for no wait.
   */
  static String waitPhrase(Labels words, long seconds, TicketPrint.WaitRange range) {
    if (seconds <= 0) {
      return words.get("waitNone");
    }
    if (range != null) {
      return words.get("waitRange", range.fromMinutes(), range.toMinutes());
    }
    long minutes = (seconds + 59) / 60;
    String amount =
        minutes < 60
            ? words.get("minutes", minutes)
            : words.get("hoursMinutes", minutes / 60, minutes % 60);
    return words.get("wait", amount);
  }

  /**
   * Text as a printer can take it: control characters (which would be read as commands) become
   * spaces, runs of whitespace collapse, ends are trimmed.
   */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean blank =
          Character.isWhitespace(cp)
              || Character.isISOControl(cp)
              || Character.getType(cp) == Character.FORMAT
              || cp == 0x3000
              || cp == 0xA0;
      if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) {
        continue; // an unpaired surrogate is no character at all
      }
      if (blank) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  static void text(List<Block> blocks, String text, Size size, boolean bold) {
    text(blocks, text, size, bold, Align.LEFT);
  }

  static void text(List<Block> blocks, String text, Size size, boolean bold, Align align) {
    String cleaned = clean(text);
    if (!cleaned.isEmpty()) {
      blocks.add(new Block.Text(cleaned, size, bold, align));
    }
  }
}
